package dev.drop.platform.db.internal;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Binds a {@code UUID[]} as one SQL array ({@code WHERE id = ANY(#{ids})}, on PostgreSQL and H2): one statement text
 * and one parameter whatever the number of ids, where a {@code <foreach>} list makes MyBatis build the SQL anew for
 * every call.
 */
final class UuidArrayTypeHandler extends BaseTypeHandler<UUID[]> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, UUID[] parameter, JdbcType jdbcType) throws SQLException {
        ps.setArray(i, ps.getConnection().createArrayOf("uuid", parameter));
    }

    @Override
    public UUID[] getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return uuids(rs.getArray(columnName));
    }

    @Override
    public UUID[] getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return uuids(rs.getArray(columnIndex));
    }

    @Override
    public UUID[] getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return uuids(cs.getArray(columnIndex));
    }

    private static UUID[] uuids(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(value -> value instanceof UUID uuid ? uuid : UUID.fromString(value.toString()))
                .toArray(UUID[]::new);
    }
}

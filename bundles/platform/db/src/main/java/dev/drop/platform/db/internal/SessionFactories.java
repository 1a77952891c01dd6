package dev.drop.platform.db.internal;

import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.ModuleSchema;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds a module's MyBatis session factory from {@code Class} objects only: no package scanning in OSGi. */
final class SessionFactories {

    private SessionFactories() {
    }

    static SqlSessionFactory build(DataSource dataSource, DatabaseKind kind, ModuleSchema schema) {
        Configuration configuration = new Configuration(new Environment(schema.name(), new JdbcTransactionFactory(), dataSource));
        configuration.setDatabaseId(kind.databaseId());
        configuration.setMapUnderscoreToCamelCase(true);
        // records map by constructor parameter names (the build compiles with -parameters)
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setDefaultFetchSize(200);
        configuration.setCacheEnabled(false);
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setObjectFactory(new RowFactory());
        configuration.getTypeHandlerRegistry().register(UUID.class, new UuidTypeHandler());
        configuration.getTypeHandlerRegistry().register(UUID[].class, new UuidArrayTypeHandler());
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        schema.aliases().forEach(type -> configuration.getTypeAliasRegistry().registerAlias(type));
        // the mapper XML beside each interface is loaded through the interface's own class loader
        schema.mappers().forEach(configuration::addMapper);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}

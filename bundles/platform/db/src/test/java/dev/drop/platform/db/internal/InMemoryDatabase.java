package dev.drop.platform.db.internal;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;

/**
 * A fresh in-memory H2 database behind the platform's own migration and MyBatis set-up, for modules' unit tests: a
 * module's store opens its schema on it exactly as it does in the runtime.
 */
public final class InMemoryDatabase implements Database {

    private final DataSource dataSource = new UnpooledDataSource("org.h2.Driver", "jdbc:h2:mem:drop-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    public Transactions open(ModuleSchema schema) {
        new FlywayMigrator(dataSource).migrate(schema);
        return new Transactions(SessionFactories.build(dataSource, DatabaseKind.H2, schema));
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}

package dev.drop.platform.db.internal;

import dev.drop.platform.db.MigrationException;
import dev.drop.platform.db.ModuleSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings one module's schema up to date with the migrations in the module's bundle. */
final class FlywayMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrator.class);

    private final DataSource dataSource;

    FlywayMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(ModuleSchema schema) {
        Flyway flyway = Flyway.configure(schema.classLoader())
                .dataSource(dataSource)
                .schemas(schema.name())
                .defaultSchema(schema.name())
                .createSchemas(true)
                .locations("classpath:db/migration/" + schema.name())
                .placeholderReplacement(false)
                .failOnMissingLocations(false)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("schema {} migrated from version {} to {} ({} scripts)", schema.name(),
                        result.initialSchemaVersion, result.targetSchemaVersion, result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw new MigrationException("schema " + schema.name() + " could not be migrated: " + e.getMessage(), e);
        }
    }
}

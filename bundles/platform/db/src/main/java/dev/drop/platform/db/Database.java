package dev.drop.platform.db;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's database, shared by all modules, each confined to its own schema. Present as a service only while
 * a DataSource is configured and acceptable for the running profile.
 */
@ProviderType
public interface Database {

    /**
     * Migrates the module's schema to the newest version found under {@code db/migration/<schema>} in the module's
     * bundle, then returns transactions over a session factory that knows the module's mappers. Call it when the
     * module activates; a migration failure throws {@link MigrationException} and the module should not start.
     */
    Transactions open(ModuleSchema schema);

    /** Which database this is, for the few decisions that depend on it. MyBatis mappers use {@code databaseId}. */
    DatabaseKind kind();
}

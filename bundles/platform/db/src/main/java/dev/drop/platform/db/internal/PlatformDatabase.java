package dev.drop.platform.db.internal;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Database} service over the DataSource named {@code drop}. Immediate, so that it checks the database
 * at boot: it refuses to come up, and stops the runtime, when the profile forbids the database it finds.
 */
@Component(configurationPid = PlatformConfig.PID, immediate = true)
@Designate(ocd = PlatformConfig.class)
public final class PlatformDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformDatabase.class);

    private final DataSource dataSource;
    private final DatabaseKind kind;

    @Activate
    public PlatformDatabase(PlatformConfig config, BundleContext context,
                            @Reference(target = "(dataSourceName=drop)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.kind = kindOf(dataSource);
        Optional<String> refusal = ProductionGuard.refusal(config.profile(), kind);
        if (refusal.isPresent()) {
            LOG.error(refusal.get());
            stopRuntime(context);
            throw new IllegalStateException(refusal.get());
        }
        LOG.info("Drop runs on {} in profile {}", kind, config.profile());
    }

    @Override
    public Transactions open(ModuleSchema schema) {
        new FlywayMigrator(dataSource).migrate(schema);
        return new Transactions(SessionFactories.build(dataSource, kind, schema));
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    static DatabaseKind kindOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> DatabaseKind.H2;
                case "PostgreSQL" -> DatabaseKind.POSTGRESQL;
                default -> throw new SQLException("Drop does not support " + product + "; use PostgreSQL or H2");
            };
        }
    }

    private static void stopRuntime(BundleContext context) {
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException e) {
                LOG.error("could not stop the runtime after refusing to start", e);
            }
        }, "drop-production-guard");
        stopper.start();
    }
}

package dev.drop.platform.db.internal;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Reports the database as ready when a pooled connection answers; down when none is configured or reachable. */
@Component(service = HealthCheck.class)
public final class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    @Activate
    public DatabaseHealthCheck(@Reference(target = "(dataSourceName=drop)", cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthResult check() {
        if (dataSource == null) {
            return HealthResult.down("no datasource named drop is configured (etc/org.ops4j.datasource-drop.cfg)");
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return HealthResult.down("the database did not answer within " + TIMEOUT_SECONDS + " s");
            }
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            return HealthResult.up(product + ", " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (SQLException e) {
            return HealthResult.down("cannot connect: " + e.getMessage());
        }
    }
}

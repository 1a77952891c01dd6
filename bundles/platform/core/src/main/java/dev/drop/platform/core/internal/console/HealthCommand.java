package dev.drop.platform.core.internal.console;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@code drop:health}: this node's readiness check by check, with everything each check says. */
@Service
@Command(scope = "drop", name = "health", description = "Shows whether this node is ready, check by check",
        detailedDescription = "Runs every readiness check (the database, each module, the web pages) and shows what "
                + "each says, as GET /api/v1/health does for operators. Fails when a check is down, naming it.")
public class HealthCommand implements Action {

    @Reference
    BundleContext context;

    @Reference
    Session session;

    private record Row(String name, HealthResult result) {
    }

    @Override
    public Object execute() throws InvalidSyntaxException {
        List<Row> rows = new ArrayList<>();
        for (ServiceReference<HealthCheck> reference : context.getServiceReferences(HealthCheck.class, null)) {
            HealthCheck check = context.getService(reference);
            if (check != null) {
                try {
                    rows.add(new Row(check.name(), run(check)));
                } finally {
                    context.ungetService(reference);
                }
            }
        }
        rows.sort(Comparator.comparing(Row::name));
        ShellTable table = new ShellTable();
        table.column("Check");
        table.column("Status");
        table.column("Detail").maxSize(100).wrap();
        rows.forEach(row -> table.addRow().addContent(row.name(), row.result().status(), row.result().detail()));
        table.print(session.getConsole());
        String down = rows.stream().filter(row -> !row.result().isUp()).map(Row::name).collect(Collectors.joining(", "));
        if (!down.isEmpty()) {
            throw new IllegalStateException("not ready: " + down);
        }
        session.getConsole().println("ready");
        return null;
    }

    private static HealthResult run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return HealthResult.down("the check failed: " + e.getMessage());
        }
    }
}

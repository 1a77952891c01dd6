package dev.drop.platform.core.internal.console;

import dev.drop.platform.console.ConsoleUser;
import dev.drop.platform.console.TrailingOptions;
import dev.drop.platform.module.ModuleBundle;
import dev.drop.platform.module.ModuleChange;
import dev.drop.platform.module.ModuleException;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.annotation.bundle.Header;

/** {@code drop:module list|status|enable|disable|update}. */
@Service
@Command(scope = "drop", name = "module", description = "Lists, enables, disables and hot-deploys Drop modules",
        detailedDescription = "list: every module and its state.\n"
                + "status <module>: a module's state, routes and bundles.\n"
                + "enable <module> --reason <why>: installs it; it is rolled back if it cannot start.\n"
                + "disable <module> --reason <why>: uninstalls it; its data is kept.\n"
                + "update <module> <bundle-url> --reason <why>: replaces one of its bundles with a new build.\n"
                + "Enable and disable are kept across restarts and apply to every node.")
@Header(name = "Karaf-Commands", value = "*")
public class ModuleCommand implements Action {

    @Reference
    ModuleService modules;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, status, enable, disable or update")
    @Completion(value = StringsCompleter.class, values = {"list", "status", "enable", "disable", "update"})
    String action;

    @Argument(index = 1, name = "module", description = "the module")
    @Completion(ModuleNames.class)
    String module;

    @Argument(index = 2, name = "more", multiValued = true,
            description = "update: the URL of the new bundle build (file:, mvn:, http:); then --reason <why>")
    List<String> more;

    @Option(name = "--reason", aliases = "-r", description = "why; required to change a module, recorded in the audit trail")
    String reason;

    @Override
    public Object execute() {
        // a ModuleException is printed by the shell as "Error executing command: <reason>", with a failing exit code
        PrintStream out = session.getConsole();
        TrailingOptions trailing = new TrailingOptions(more, Map.of("-r", "--reason"));
        reason = trailing.get("--reason", reason);
        String build = trailing.positional().isEmpty() ? null : trailing.positional().get(0);
        switch (action) {
            case "list" -> list(out);
            case "status" -> status(out, modules.find(required()).orElseThrow(
                    () -> new ModuleException("there is no module named '" + module + "'")));
            case "enable" -> report(out, modules.enable(required(), ConsoleUser.actor(), reason));
            case "disable" -> report(out, modules.disable(required(), ConsoleUser.actor(), reason));
            case "update" -> report(out, modules.update(required(), buildUri(build), ConsoleUser.actor(), reason));
            default -> throw new ModuleException("unknown action '" + action + "': use list, status, enable, disable or update");
        }
        return null;
    }

    private String required() {
        if (module == null) {
            throw new ModuleException(action + " needs a module name");
        }
        return module;
    }

    private static URI buildUri(String build) {
        if (build == null) {
            throw new ModuleException("update needs the URL of the new build, e.g. file:/path/to/bundle.jar");
        }
        return URI.create(build);
    }

    private void list(PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Version");
        table.column("Enabled");
        table.column("State");
        table.column("Detail");
        for (ModuleInfo info : modules.list()) {
            table.addRow().addContent(info.name(), info.version(), info.enabled() ? "yes" : "no",
                    info.state().name().toLowerCase(), info.detail());
        }
        table.print(out);
    }

    private static void status(PrintStream out, ModuleInfo info) {
        out.println(info.name() + " " + info.version() + ": " + info.state().name().toLowerCase()
                + (info.enabled() ? "" : " (disabled by an operator)") + (info.detail().isEmpty() ? "" : " - " + info.detail()));
        out.println("routes: " + (info.routes().isEmpty() ? "none" : String.join(", ", info.routes())));
        ShellTable bundles = new ShellTable();
        bundles.column("ID").alignRight();
        bundles.column("State");
        bundles.column("Bundle");
        bundles.column("Version");
        for (ModuleBundle bundle : info.bundles()) {
            bundles.addRow().addContent(bundle.id(), bundle.state(), bundle.symbolicName(), bundle.version());
        }
        bundles.print(out);
    }

    private static void report(PrintStream out, ModuleChange change) {
        out.println(change.module() + ": " + change.state().name().toLowerCase() + " in " + change.took().toMillis()
                + " ms (" + change.detail() + ")");
    }
}

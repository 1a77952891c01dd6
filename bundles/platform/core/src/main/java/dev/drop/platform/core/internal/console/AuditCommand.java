package dev.drop.platform.core.internal.console;

import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.console.TrailingOptions;
import java.io.PrintStream;
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

/** {@code drop:audit tail|verify}. */
@Service
@Command(scope = "drop", name = "audit", description = "Shows and verifies the audit trail",
        detailedDescription = "tail [-n 20]: the newest entries.\n"
                + "verify: walks the hash chain and reports the first entry that was changed or removed.")
public class AuditCommand implements Action {

    @Reference
    AuditLog audit;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "tail or verify")
    @Completion(value = StringsCompleter.class, values = {"tail", "verify"})
    String action;

    @Option(name = "-n", description = "tail: how many entries (default 20)")
    int count = 20;

    @Argument(index = 1, name = "more", multiValued = true, description = "tail: -n <count>")
    List<String> more;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        String trailingCount = new TrailingOptions(more, Map.of("-n", "--count")).get("--count", null);
        count = trailingCount == null ? count : Integer.parseInt(trailingCount);
        switch (action) {
            case "tail" -> tail(out);
            case "verify" -> {
                AuditVerification result = audit.verify();
                if (result.intact()) {
                    out.println("intact: " + result.entries() + " entries, every link holds");
                } else {
                    throw new IllegalStateException("BROKEN at entry " + result.brokenAt() + ": " + result.problem());
                }
            }
            default -> throw new IllegalArgumentException("unknown action '" + action + "': use tail or verify");
        }
        return null;
    }

    private void tail(PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("At");
        table.column("Actor");
        table.column("Action");
        table.column("Target");
        table.column("Detail").maxSize(100).wrap();
        for (AuditEntry entry : audit.tail(count)) {
            table.addRow().addContent(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.target(), entry.detail());
        }
        table.print(out);
    }
}

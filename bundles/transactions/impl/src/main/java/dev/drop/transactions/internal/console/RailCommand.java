package dev.drop.transactions.internal.console;

import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.console.ConsoleUser;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.rail.RailRegistry;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.osgi.annotation.bundle.Header;

/** {@code drop:rail list} and {@code drop:rail <rail> <action> <reference>}: a rail's own console actions. */
@Service
@Command(scope = "drop", name = "rail", description = "Lists payment rails and runs their console actions",
        detailedDescription = "list: the rails installed now and their clearing accounts.\n"
                + "<rail> <action> <reference>: an action of the rail on a top-up or payout, by its id, e.g. "
                + "'drop:rail sandbox settle <id>' or 'drop:rail sandbox fail <id>' on the sandbox bank. Audited.")
@Header(name = "Karaf-Commands", value = "*")
public class RailCommand implements Action {

    @Reference
    RailRegistry rails;

    @Reference
    StoredLedger ledger;

    @Reference
    AuditLog audit;

    @Reference
    Session session;

    @Argument(index = 0, name = "rail", required = true, description = "list, or a rail's name")
    String rail;

    @Argument(index = 1, name = "action", description = "the rail's action, e.g. settle or fail")
    String action;

    @Argument(index = 2, name = "reference", description = "the top-up's or payout's id")
    String reference;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        if ("list".equals(rail)) {
            List<String> names = rails.names();
            if (names.isEmpty()) {
                out.println("no payment rail is installed");
            }
            for (String name : names) {
                out.println(name);
                ledger.accounts(Owner.rail(name), AccountKind.CLEARING, 100).forEach(account ->
                        out.println("  clearing " + account.currency().getCurrencyCode() + " " + account.id() + ": "
                                + account.balance() + " (" + account.pending() + " held for payouts)"));
            }
            return null;
        }
        PaymentRail found = rails.find(rail).orElseThrow(() -> new IllegalArgumentException("no rail '" + rail
                + "' is installed; installed: " + String.join(", ", rails.names())));
        if (action == null || reference == null) {
            throw new IllegalArgumentException("usage: drop:rail " + rail + " <action> <reference>");
        }
        String done;
        try {
            done = found.operate(action, reference);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        audit.record(ConsoleUser.actor(), "rail." + action, "rail:" + rail + "/" + reference, done);
        out.println(done);
        return null;
    }
}

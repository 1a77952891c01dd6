package dev.drop.cards.internal.console;

import dev.drop.cards.internal.card.KeyRotation;
import dev.drop.cards.internal.network.CardLedgerCheck;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.osgi.annotation.bundle.Header;

/** {@code drop:cards verify} and {@code drop:cards keys rotate}. */
@Service
@Command(scope = "drop", name = "cards", description = "Checks cards against the ledger and rotates their keys",
        detailedDescription = "verify: checks every approved authorization has its hold and every clearing, reversal and "
                + "refund its transfer, no declined one holds anything, and every hold of the card network has an "
                + "authorization; names the first disagreement.\n"
                + "keys rotate: re-encrypts every card number not under the configured activeKey, while cards keep working.")
@Header(name = "Karaf-Commands", value = "*")
public class CardsCommand implements Action {

    @Reference
    CardLedgerCheck check;

    @Reference
    KeyRotation rotation;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "verify or keys")
    @Completion(value = StringsCompleter.class, values = {"verify", "keys"})
    String action;

    @Argument(index = 1, name = "more", multiValued = true, description = "keys: rotate")
    List<String> more;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        switch (action) {
            case "verify" -> {
                CardLedgerCheck.Result result = check.run();
                out.println("checked " + result.authorizations() + " approved authorizations, " + result.steps()
                        + " clearings, reversals and refunds, " + result.holds() + " holds of the card network");
                if (!result.agrees()) {
                    throw new IllegalStateException("cards and ledger disagree: " + result.disagreement());
                }
                out.println("cards and ledger agree");
            }
            case "keys" -> {
                if (more == null || !more.equals(List.of("rotate"))) {
                    throw new IllegalArgumentException("usage: drop:cards keys rotate");
                }
                out.println(rotation.rotate("console:" + session.get("USER")) + " card numbers re-encrypted under the active key");
            }
            default -> throw new IllegalArgumentException("unknown action " + action + "; use verify or keys rotate");
        }
        return null;
    }
}

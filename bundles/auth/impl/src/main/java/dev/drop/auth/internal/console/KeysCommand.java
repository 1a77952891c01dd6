package dev.drop.auth.internal.console;

import dev.drop.auth.internal.persistence.SigningKeyRow;
import dev.drop.auth.internal.token.TokenIssuer;
import dev.drop.platform.console.ConsoleUser;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.annotation.bundle.Header;

/** {@code drop:auth keys list|rotate}. */
@Service
@Command(scope = "drop", name = "auth", description = "Manages the keys access tokens are signed with",
        detailedDescription = "keys list: the signing keys and which are published.\n"
                + "keys rotate: adds a new ES256 key that signs from now on; tokens signed with earlier keys stay valid "
                + "until they expire. Audited.")
@Header(name = "Karaf-Commands", value = "*")
public class KeysCommand implements Action {

    @Reference
    TokenIssuer tokens;

    @Reference
    Session session;

    @Argument(index = 0, name = "subject", required = true, description = "keys")
    @Completion(value = StringsCompleter.class, values = {"keys"})
    String subject;

    @Argument(index = 1, name = "action", required = true, description = "list or rotate")
    @Completion(value = StringsCompleter.class, values = {"list", "rotate"})
    String action;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        if (!subject.equals("keys")) {
            throw new IllegalArgumentException("unknown subject '" + subject + "': use keys");
        }
        switch (action) {
            case "list" -> list(out);
            case "rotate" -> out.println("signing with new key " + tokens.rotate(ConsoleUser.actor()));
            default -> throw new IllegalArgumentException("unknown action '" + action + "': use list or rotate");
        }
        return null;
    }

    private void list(PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Key id");
        table.column("Algorithm");
        table.column("Created");
        table.column("Published");
        for (SigningKeyRow key : tokens.keys()) {
            boolean published = tokens.jwks().getKeyByKeyId(key.kid()) != null;
            table.addRow().addContent(key.kid(), key.algorithm(), key.createdAt(), published ? "yes" : "no");
        }
        table.print(out);
    }
}

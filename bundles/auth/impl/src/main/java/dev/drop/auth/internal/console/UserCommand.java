package dev.drop.auth.internal.console;

import dev.drop.auth.UserAccount;
import dev.drop.auth.internal.account.Accounts;
import dev.drop.platform.console.ConsoleUser;
import dev.drop.platform.console.TrailingOptions;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.security.Role;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/** {@code drop:user list|show|add|role|lock|unlock}. */
@Service
@Command(scope = "drop", name = "user", description = "Lists and manages Drop user accounts",
        detailedDescription = "list [--after <email>]: accounts by e-mail address, 50 at a time.\n"
                + "show <email|id>: one account.\n"
                + "add <email> --role <ROLE[,ROLE]> : creates an account; the password is read from the console.\n"
                + "role <email|id> --role <ROLE[,ROLE]> --reason <why>: sets the roles (CUSTOMER is always kept).\n"
                + "lock|unlock <email|id> --reason <why>: locking ends every session of the account.\n"
                + "Roles: CUSTOMER, MERCHANT, ADMIN, COMPLIANCE, OPERATOR. Every change is audited.")
@Header(name = "Karaf-Commands", value = "*")
public class UserCommand implements Action {

    private static final Map<String, String> ALIASES = Map.of("-r", "--reason", "--roles", "--role", "-a", "--after");

    @Reference
    Accounts accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, show, add, role, lock or unlock")
    @Completion(value = StringsCompleter.class, values = {"list", "show", "add", "role", "lock", "unlock"})
    String action;

    @Argument(index = 1, name = "more", multiValued = true, description = "the user (e-mail or id), then options")
    List<String> more;

    @Option(name = "--role", description = "roles, comma-separated")
    String role;

    @Option(name = "--reason", aliases = "-r", description = "why; recorded in the audit trail")
    String reason;

    @Option(name = "--after", description = "list: the e-mail address to continue after")
    String after;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        TrailingOptions options = new TrailingOptions(more, ALIASES);
        String user = options.positional().isEmpty() ? null : options.positional().get(0);
        try {
            switch (action) {
                case "list" -> list(out, options.get("--after", after));
                case "show" -> show(out, resolve(user));
                case "add" -> add(out, required(user), roles(options.get("--role", role)));
                case "role" -> show(out, accounts.setRoles(resolve(user).id(), roles(options.get("--role", role)),
                        ConsoleUser.actor(), required(options.get("--reason", reason), "--reason")));
                case "lock", "unlock" -> {
                    UserAccount account = resolve(user);
                    accounts.lock(account.id(), action.equals("lock"), ConsoleUser.actor(),
                            required(options.get("--reason", reason), "--reason"));
                    show(out, accounts.find(account.id()).orElseThrow());
                }
                default -> throw new IllegalArgumentException("unknown action '" + action
                        + "': use list, show, add, role, lock or unlock");
            }
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.problem().detail() + (e.problem().errors() == null ? ""
                    : " " + e.problem().errors().stream().map(error -> error.field() + " " + error.message()).toList()));
        }
        return null;
    }

    private void add(PrintStream out, String email, Set<Role> roles) throws Exception {
        String password = session.readLine("Password for " + email + ": ", '*');
        String again = session.readLine("Again: ", '*');
        if (password == null || !password.equals(again)) {
            throw new IllegalArgumentException("the passwords differ");
        }
        show(out, accounts.register(email, password, roles, ConsoleUser.actor()));
    }

    private void list(PrintStream out, String afterEmail) {
        ShellTable table = new ShellTable();
        table.column("E-mail");
        table.column("Id");
        table.column("Roles");
        table.column("Locked");
        for (UserAccount account : accounts.page(afterEmail, 50)) {
            table.addRow().addContent(account.email(), account.id(), account.roles(), account.locked() ? "yes" : "no");
        }
        table.print(out);
    }

    private static void show(PrintStream out, UserAccount account) {
        out.println(account.email() + " (" + account.id() + ")");
        out.println("roles: " + account.roles() + (account.locked() ? ", locked" : "") + ", registered " + account.createdAt());
    }

    private UserAccount resolve(String user) {
        String key = required(user);
        try {
            return accounts.find(UUID.fromString(key)).orElseThrow(() -> new IllegalArgumentException("no user " + key));
        } catch (IllegalArgumentException notAnId) {
            return accounts.findByEmail(key).orElseThrow(() -> new IllegalArgumentException("no user " + key));
        }
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.of(Role.CUSTOMER);
        if (names != null) {
            for (String name : names.split(",")) {
                try {
                    roles.add(Role.valueOf(name.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown role '" + name.strip() + "'; the roles are " + List.of(Role.values()));
                }
            }
        }
        return roles;
    }

    private String required(String user) {
        return required(user, "the user (an e-mail address or id)");
    }

    private String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(action + " needs " + what);
        }
        return value;
    }
}

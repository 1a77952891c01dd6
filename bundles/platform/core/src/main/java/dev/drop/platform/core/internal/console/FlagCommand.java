package dev.drop.platform.core.internal.console;

import dev.drop.platform.console.ConsoleUser;
import dev.drop.platform.console.TrailingOptions;
import dev.drop.platform.core.internal.flag.FlagRules;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.security.Role;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/** {@code drop:flag list|set|rule|clear|check}. */
@Service
@Command(scope = "drop", name = "flag", description = "Lists and changes feature flags",
        detailedDescription = "list: every flag and its rules.\n"
                + "set <flag> on|off --reason <why>: the kill switch (creates the flag when new). A flag switched on with\n"
                + "    no targeting is on for everyone.\n"
                + "rule <flag> [--users a,b] [--merchants m] [--roles ADMIN] [--rollout 25|none] [--by user|merchant] --reason <why>:\n"
                + "    replaces the rules given, keeps the others. Once any is set the flag is on only for the allowlisted\n"
                + "    and the rollout's share; empty lists and --rollout none remove them again.\n"
                + "clear <flag> --reason <why>: removes the flag; it is off for everyone.\n"
                + "check <flag> [--user u] [--merchant m] [--roles ADMIN]: how the flag decides for a subject.\n"
                + "Every change is recorded in the audit trail with who, the old and new rules, and the reason.")
public class FlagCommand implements Action {

    @Reference
    FlagService flags;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, set, rule, clear or check")
    @Completion(value = StringsCompleter.class, values = {"list", "set", "rule", "clear", "check"})
    String action;

    @Argument(index = 1, name = "flag", description = "the flag, e.g. cards.virtual")
    @Completion(FlagNames.class)
    String name;

    @Argument(index = 2, name = "more", multiValued = true, description = "set: on or off; then the options")
    @Completion(value = StringsCompleter.class, values = {"on", "off", "--users", "--merchants", "--roles", "--rollout", "--by",
            "--user", "--merchant", "--reason"})
    List<String> more;

    private String state;

    @Option(name = "--users", description = "rule: allowlisted user ids, comma separated (empty to clear)")
    String users;

    @Option(name = "--merchants", description = "rule: allowlisted merchant ids, comma separated (empty to clear)")
    String merchants;

    @Option(name = "--roles", description = "rule/check: roles, comma separated (CUSTOMER, MERCHANT, ADMIN, COMPLIANCE, OPERATOR)")
    String roles;

    @Option(name = "--rollout", description = "rule: percentage of subjects it is on for, 0 to 100, or none")
    String rollout;

    @Option(name = "--by", description = "rule: whose id the rollout sticks to: user or merchant")
    @Completion(value = StringsCompleter.class, values = {"user", "merchant"})
    String by;

    @Option(name = "--user", description = "check: the user id")
    String user;

    @Option(name = "--merchant", description = "check: the merchant id")
    String merchant;

    @Option(name = "--reason", aliases = "-r", description = "why; required for changes, recorded in the audit trail")
    String reason;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        readTrailingOptions();
        switch (action) {
            case "list" -> list(out);
            case "set" -> out.println(FlagRules.describe(flags.save(withState(current()), ConsoleUser.actor(), reason)));
            case "rule" -> out.println(FlagRules.describe(flags.save(withRules(current()), ConsoleUser.actor(), reason)));
            case "clear" -> {
                flags.clear(required(), ConsoleUser.actor(), reason);
                out.println(name + " cleared: off for everyone");
            }
            case "check" -> out.println(name + " is " + (flags.isEnabled(required(), new FlagSubject(user, merchant, roleSet()))
                    ? "on" : "off") + " for user " + user + ", merchant " + merchant + ", roles " + roleSet());
            default -> throw new IllegalArgumentException("unknown action '" + action + "': use list, set, rule, clear or check");
        }
        return null;
    }

    private void readTrailingOptions() {
        TrailingOptions trailing = new TrailingOptions(more, Map.of("-r", "--reason"));
        state = trailing.positional().isEmpty() ? null : trailing.positional().get(0);
        users = trailing.get("--users", users);
        merchants = trailing.get("--merchants", merchants);
        roles = trailing.get("--roles", roles);
        rollout = trailing.get("--rollout", rollout);
        by = trailing.get("--by", by);
        user = trailing.get("--user", user);
        merchant = trailing.get("--merchant", merchant);
        reason = trailing.get("--reason", reason);
    }

    private Flag current() {
        return flags.find(required()).orElseGet(() -> Flag.named(name));
    }

    private Flag withState(Flag flag) {
        if (!"on".equals(state) && !"off".equals(state)) {
            throw new IllegalArgumentException("set needs on or off");
        }
        return new Flag(flag.name(), "on".equals(state), flag.allowUsers(), flag.allowMerchants(), flag.allowRoles(),
                flag.rolloutPercent(), flag.rolloutBy(), null, null);
    }

    private Flag withRules(Flag flag) {
        return new Flag(flag.name(), flag.enabled(), users == null ? flag.allowUsers() : split(users),
                merchants == null ? flag.allowMerchants() : split(merchants), roles == null ? flag.allowRoles() : roleSet(),
                rollout == null ? flag.rolloutPercent() : rolloutPercent(),
                by == null ? flag.rolloutBy() : RolloutBy.valueOf(by.toUpperCase()), null, null);
    }

    private void list(PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Flag");
        table.column("Rules");
        table.column("Changed");
        table.column("By");
        for (Flag flag : flags.list()) {
            table.addRow().addContent(flag.name(), FlagRules.describe(flag), flag.updatedAt(), flag.updatedBy());
        }
        table.print(out);
    }

    private Integer rolloutPercent() {
        if (rollout.isBlank() || rollout.equals("none")) {
            return null;
        }
        try {
            return Integer.valueOf(rollout.strip().replaceFirst("%$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--rollout takes a percentage, 0 to 100, or none; not '" + rollout + "'");
        }
    }

    private String required() {
        if (name == null) {
            throw new IllegalArgumentException(action + " needs a flag name");
        }
        return name;
    }

    private Set<Role> roleSet() {
        return roles == null ? Set.of() : split(roles).stream().map(role -> Role.valueOf(role.toUpperCase()))
                .collect(Collectors.toSet());
    }

    private static Set<String> split(String values) {
        List<String> parts = Arrays.stream(values.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
        return Set.copyOf(parts);
    }
}

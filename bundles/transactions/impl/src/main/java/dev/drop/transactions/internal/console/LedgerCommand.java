package dev.drop.transactions.internal.console;

import dev.drop.platform.console.ConsoleUser;
import dev.drop.platform.console.TrailingOptions;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.ProblemException;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Entry;
import dev.drop.transactions.LedgerVerification;
import dev.drop.transactions.Owner;
import dev.drop.transactions.OwnerType;
import dev.drop.transactions.internal.ledger.StoredLedger;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** {@code drop:ledger accounts|account|verify|freeze|unfreeze}. */
@Service
@Command(scope = "drop", name = "ledger", description = "Reads and checks the ledger",
        detailedDescription = "accounts [--owner user:<id>|merchant:<id>|platform:<name>] [--kind WALLET|MERCHANT|CLEARING|"
                + "FEES|FX|SUSPENSE]: accounts with their balances.\n"
                + "account <id>: one account's balances and its latest transfers.\n"
                + "verify: checks every invariant (balances sum to zero per currency, cached balances equal their "
                + "transfers, no wallet overdrawn, every hold open or closed as it should be); fails naming the first "
                + "account or transfer that breaks one.\n"
                + "freeze <id> --reason <why> / unfreeze <id> --reason <why>: stops or allows money leaving an account; audited.")
@Header(name = "Karaf-Commands", value = "*")
public class LedgerCommand implements Action {

    private static final Map<String, String> ALIASES = Map.of("-o", "--owner", "-k", "--kind", "-r", "--reason");

    @Reference
    StoredLedger ledger;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "accounts, account, verify, freeze or unfreeze")
    @Completion(value = StringsCompleter.class, values = {"accounts", "account", "verify", "freeze", "unfreeze"})
    String action;

    @Argument(index = 1, name = "more", multiValued = true, description = "an account id, then options")
    List<String> more;

    @Option(name = "--owner", aliases = "-o", description = "accounts: only this owner's (user:<id>, merchant:<id>, platform:<name>)")
    String owner;

    @Option(name = "--kind", aliases = "-k", description = "accounts: only accounts of this kind")
    String kind;

    @Option(name = "--reason", aliases = "-r", description = "freeze, unfreeze: why; recorded in the audit trail")
    String reason;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        TrailingOptions options = new TrailingOptions(more, ALIASES);
        String id = options.positional().isEmpty() ? null : options.positional().get(0);
        try {
            switch (action) {
                case "accounts" -> accounts(out, options.get("--owner", owner), options.get("--kind", kind));
                case "account" -> account(out, account(id));
                case "verify" -> verify(out);
                case "freeze" -> status(out, account(id), AccountStatus.FROZEN, options.get("--reason", reason));
                case "unfreeze" -> status(out, account(id), AccountStatus.ACTIVE, options.get("--reason", reason));
                default -> throw new IllegalArgumentException("unknown action '" + action
                        + "': accounts, account, verify, freeze or unfreeze");
            }
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.problem().detail(), e);
        }
        return null;
    }

    private void accounts(PrintStream out, String ownerText, String kindText) {
        Owner filter = ownerText == null ? null : owner(ownerText);
        AccountKind kindFilter = kindText == null ? null : AccountKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        ShellTable table = new ShellTable();
        for (String column : List.of("Id", "Kind", "Owner", "Currency", "Status", "Balance", "Available", "Pending")) {
            table.column(column);
        }
        for (Account account : ledger.accounts(filter, kindFilter, 1000)) {
            table.addRow().addContent(account.id(), account.kind(), account.owner(), account.currency().getCurrencyCode(),
                    account.status(), account.balance().toDecimal(), account.available().toDecimal(),
                    account.pending().toDecimal());
        }
        table.print(out);
    }

    private void account(PrintStream out, Account account) {
        out.println(account.kind() + " " + account.id() + " of " + account.owner() + ", " + account.status());
        out.println("  balance   " + account.balance());
        out.println("  available " + account.available());
        out.println("  pending   " + account.pending() + " reserved, " + account.incoming() + " incoming");
        out.println("  posted    debits " + account.debitsPosted() + ", credits " + account.creditsPosted() + " (minor units)");
        ShellTable table = new ShellTable();
        for (String column : List.of("At", "Transfer", "Kind", "Code", "Change", "Balance after", "Description")) {
            table.column(column);
        }
        for (Entry entry : ledger.entries(account.id(), null, null, PageRequest.first(20)).items()) {
            table.addRow().addContent(entry.at(), entry.transferId(), entry.kind(), entry.code(), entry.change().toDecimal(),
                    entry.balanceAfter().toDecimal(), entry.description() == null ? "" : entry.description());
        }
        out.println("latest transfers:");
        table.print(out);
    }

    private void verify(PrintStream out) {
        LedgerVerification result = ledger.verify();
        out.println("checked " + result.accounts() + " accounts and " + result.transfers() + " transfers:");
        result.checks().forEach(check -> out.println("  " + check));
        if (!result.holds()) {
            throw new IllegalStateException("the ledger does not hold: " + result.problem());
        }
        out.println("every invariant holds");
    }

    private void status(PrintStream out, Account account, AccountStatus status, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("--reason is required: account changes are audited");
        }
        Account changed = ledger.setStatus(account.id(), status, ConsoleUser.actor(), why);
        out.println(changed.id() + " is " + changed.status());
    }

    private Account account(String id) {
        if (id == null) {
            throw new IllegalArgumentException("name the account by its id");
        }
        try {
            return ledger.account(UUID.fromString(id)).orElseThrow(() -> new IllegalArgumentException("no account " + id));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no account " + id);
        }
    }

    private static Owner owner(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("an owner is user:<id>, merchant:<id> or platform:<name>");
        }
        return new Owner(OwnerType.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT)), text.substring(colon + 1));
    }
}

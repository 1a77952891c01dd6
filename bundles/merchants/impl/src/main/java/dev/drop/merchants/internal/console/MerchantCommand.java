package dev.drop.merchants.internal.console;

import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantStatus;
import dev.drop.merchants.internal.Merchants;
import dev.drop.platform.console.ConsoleUser;
import dev.drop.platform.console.TrailingOptions;
import dev.drop.platform.problem.ProblemException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
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

/** {@code drop:merchant list|approve|suspend}. */
@Service
@Command(scope = "drop", name = "merchant", description = "Lists and reviews Drop merchants",
        detailedDescription = "list [--status PENDING|ACTIVE|SUSPENDED]: merchants by slug.\n"
                + "approve <slug> [--reason <why>]: opens the merchant's shop to the public.\n"
                + "suspend <slug> --reason <why>: closes it and stops its API keys. Every review is audited.")
@Header(name = "Karaf-Commands", value = "*")
public class MerchantCommand implements Action {

    private static final Map<String, String> ALIASES = Map.of("-r", "--reason", "-s", "--status");

    @Reference
    Merchants merchants;

    @Reference
    Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, approve or suspend")
    @Completion(value = StringsCompleter.class, values = {"list", "approve", "suspend"})
    String action;

    @Argument(index = 1, name = "more", multiValued = true, description = "the merchant's slug, then options")
    List<String> more;

    @Option(name = "--reason", aliases = "-r", description = "why; recorded in the audit trail")
    String reason;

    @Option(name = "--status", aliases = "-s", description = "list: only merchants in this status")
    String status;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        TrailingOptions options = new TrailingOptions(more, ALIASES);
        String slug = options.positional().isEmpty() ? null : options.positional().get(0);
        try {
            switch (action) {
                case "list" -> list(out, options.get("--status", status));
                case "approve" -> review(out, slug, MerchantStatus.ACTIVE, reasonOr(options.get("--reason", reason), "approved"));
                case "suspend" -> review(out, slug, MerchantStatus.SUSPENDED, required(options.get("--reason", reason)));
                default -> throw new IllegalArgumentException("unknown action '" + action + "': list, approve or suspend");
            }
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.problem().detail(), e);
        }
        return null;
    }

    private void list(PrintStream out, String onlyStatus) {
        MerchantStatus filter = onlyStatus == null ? null : MerchantStatus.valueOf(onlyStatus.toUpperCase(Locale.ROOT));
        ShellTable table = new ShellTable();
        table.column("Slug");
        table.column("Name");
        table.column("Country");
        table.column("Status");
        table.column("Id");
        for (Merchants.Details details : merchants.page(filter, null, 200)) {
            Merchant merchant = details.merchant();
            table.addRow().addContent(merchant.slug(), merchant.displayName(), merchant.country(), merchant.status(),
                    merchant.id());
        }
        table.print(out);
    }

    private void review(PrintStream out, String slug, MerchantStatus to, String why) {
        if (slug == null) {
            throw new IllegalArgumentException("name the merchant by its slug");
        }
        Merchant merchant = merchants.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("no merchant '" + slug + "'"));
        Merchant changed = merchants.setStatus(merchant.id(), to, ConsoleUser.actor(), why).merchant();
        out.println(changed.slug() + " is " + changed.status());
    }

    private static String reasonOr(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }

    private static String required(String given) {
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("--reason is required: reviews are audited");
        }
        return given;
    }
}

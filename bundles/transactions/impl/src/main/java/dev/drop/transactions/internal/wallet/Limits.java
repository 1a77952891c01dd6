package dev.drop.transactions.internal.wallet;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.MoneyEntries;
import dev.drop.transactions.internal.persistence.Spent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limits of {@link TransactionsConfig}: which currencies wallets hold, the largest single amount, the total sent
 * from a wallet in a day (UTC), the transfers and payouts a user sends in an hour (each clock hour, UTC). A refusal names the limit and when it resets.
 */
public final class Limits {

    static final ProblemType EXCEEDED = ProblemType.of("limit-exceeded", "Limit exceeded", 422);
    static final ProblemType REACHED = ProblemType.of("limit-reached", "Limit reached", 429);

    private final Set<Currency> currencies = new LinkedHashSet<>();
    private final Map<Currency, Money> maxSingle;
    private final Map<Currency, Money> dailyTotal;
    private final int perHour;

    public Limits(TransactionsConfig config) {
        for (String code : MoneyEntries.list(config.currencies())) {
            currencies.add(Money.currency(code));
        }
        this.maxSingle = MoneyEntries.parse(config.maxSingle(), "maxSingle");
        this.dailyTotal = MoneyEntries.parse(config.dailyTotal(), "dailyTotal");
        this.perHour = config.transfersPerHour();
    }

    public Set<Currency> currencies() {
        return currencies;
    }

    public boolean supports(Currency currency) {
        return currencies.contains(currency);
    }

    /** Refuses an amount above the largest single amount of its currency (422: the same request always would be). */
    public void checkSingle(Money amount, String field) {
        Money max = maxSingle.get(amount.currency());
        if (max != null && amount.compareTo(max) > 0) {
            throw new ProblemException(EXCEEDED.problem("The largest single amount is " + max + "; " + amount
                    + " is more.", List.of(new FieldError(field, "at most " + max))).with("limit", "maxSingle")
                    .with("max", max));
        }
    }

    /**
     * Refuses what a wallet sent today and its owner this hour, this request included, when it passes the daily total
     * or the hourly count (429 with {@code Retry-After}: the same request succeeds once the limit resets).
     */
    public void check(Spent today, Spent thisHour, Currency currency, Instant now) {
        Money total = new Money(today.total(), currency);
        Money daily = dailyTotal.get(currency);
        if (daily != null && total.compareTo(daily) > 0) {
            throw reached("You may send at most " + daily + " a day from this wallet; this would make " + total + " today.",
                    "dailyTotal", dayOf(now).plus(Duration.ofDays(1)), now);
        }
        if (thisHour.sent() > perHour) {
            throw reached("You may send at most " + perHour + " transfers and payouts an hour.", "transfersPerHour",
                    hourOf(now).plus(Duration.ofHours(1)), now);
        }
    }

    /** The windows the limits count in: the UTC day, and the clock hour. */
    static Instant dayOf(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS);
    }

    static Instant hourOf(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    private static ProblemException reached(String detail, String limit, Instant resets, Instant now) {
        long seconds = Math.max(1, Duration.between(now, resets).toSeconds() + 1);
        return new ProblemException(REACHED.problem(detail + " The limit resets at " + resets.truncatedTo(ChronoUnit.SECONDS)
                + ".").with("limit", limit).with("resetsAt", resets.truncatedTo(ChronoUnit.SECONDS).toString()),
                Map.of("Retry-After", Long.toString(seconds)));
    }
}

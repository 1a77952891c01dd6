package dev.drop.transactions.internal.remit;

import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.ExchangeRate;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.QuoteRow;
import dev.drop.transactions.internal.persistence.RemitMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Quotes: a rate and fees guaranteed to the customer who asked, until the quote expires. */
@Component(service = Quotes.class)
public final class Quotes {

    static final ProblemType NO_RATE = ProblemType.of("no-exchange-rate", "No exchange rate", 422);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What a customer asks: one of the two amounts. */
    public record QuoteRequest(String sourceCurrency, String targetCurrency, Money sourceAmount, Money targetAmount,
                               String targetCountry) {
    }

    private final Transactions transactions;
    private final Rates rates;
    private final FxSettings settings;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Quotes(@Reference LedgerStore store, @Reference Rates rates, @Reference FxSettings settings) {
        this.transactions = store.transactions();
        this.rates = rates;
        this.settings = settings;
    }

    public QuoteRow create(UUID user, QuoteRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Currency source = currency(request.sourceCurrency(), "sourceCurrency", errors);
        Currency target = currency(request.targetCurrency(), "targetCurrency", errors);
        if ((request.sourceAmount() == null) == (request.targetAmount() == null)) {
            errors.add(new FieldError("sourceAmount", "give exactly one of sourceAmount and targetAmount"));
        }
        check(request.sourceAmount(), source, "sourceAmount", errors);
        check(request.targetAmount(), target, "targetAmount", errors);
        if (request.targetCountry() == null || !COUNTRIES.contains(request.targetCountry())) {
            errors.add(new FieldError("targetCountry", "an ISO 3166-1 alpha-2 code such as PL"));
        }
        if (source != null && source.equals(target)) {
            errors.add(new FieldError("targetCurrency", "differs from the source currency"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The quote request is not valid.", errors);
        }
        ExchangeRate rate = rates.best(source, target).orElseThrow(() -> NO_RATE.exception("There is no rate from "
                + source.getCurrencyCode() + " to " + target.getCurrencyCode() + " right now."));
        QuoteMath.Figures figures;
        try {
            figures = request.sourceAmount() != null
                    ? QuoteMath.fromSource(request.sourceAmount(), target, rate.rate(), settings.fixedFee(source), settings.feeBasisPoints())
                    : QuoteMath.fromTarget(request.targetAmount(), source, rate.rate(), settings.fixedFee(source), settings.feeBasisPoints());
        } catch (IllegalArgumentException tooSmall) {
            throw ProblemType.UNPROCESSABLE.exception("The amount is too small: " + tooSmall.getMessage() + ".");
        }
        settings.maxAmount(source).filter(max -> figures.source().amount() > max.amount()).ifPresent(max -> {
            throw ProblemType.UNPROCESSABLE.exception("A remittance sends at most " + max + ".",
                    List.of(new FieldError("sourceAmount", "at most " + max.amount())));
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        QuoteRow row = new QuoteRow(UUID.randomUUID(), user, source.getCurrencyCode(), target.getCurrencyCode(),
                figures.source().amount(), figures.fixedFee().amount(), figures.variableFee().amount(),
                figures.converted().amount(), figures.rounding().amount(), figures.target().amount(),
                rate.rate().toPlainString(), rate.source(), request.targetCountry(), now, now.plus(settings.quoteLifetime()));
        transactions.run(db -> db.getMapper(RemitMapper.class).insertQuote(row));
        return row;
    }

    /** The customer's own quote; anyone else's is a 404. */
    public QuoteRow find(UUID user, UUID id) {
        return transactions.query(db -> db.getMapper(RemitMapper.class).quote(id)).filter(row -> row.userId().equals(user))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no quote " + id + " that you can see."));
    }

    private static Currency currency(String code, String field, List<FieldError> errors) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            errors.add(new FieldError(field, "an ISO 4217 code such as SEK"));
            return null;
        }
    }

    private static void check(Money amount, Currency currency, String field, List<FieldError> errors) {
        if (amount == null) {
            return;
        }
        if (amount.amount() <= 0) {
            errors.add(new FieldError(field + ".amount", "must be above zero"));
        }
        if (currency != null && !amount.currency().equals(currency)) {
            errors.add(new FieldError(field + ".currency", "must be " + currency.getCurrencyCode()));
        }
    }
}

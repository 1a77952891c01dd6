package dev.drop.cards.internal.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What a card's owner allows it: limits per authorization, per day and per month (UTC) in the wallet's currency, merchant
 * categories it never pays, the only countries it pays in (none listed: all), and whether it pays online and
 * contactless. Null limits are none.
 */
public record Controls(Money perAuthorization, Money daily, Money monthly, List<String> blockedMccs,
                       List<String> allowedCountries, Boolean online, Boolean contactless) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CODES = 100;

    public Controls {
        blockedMccs = blockedMccs == null ? List.of() : List.copyOf(blockedMccs);
        allowedCountries = allowedCountries == null ? List.of() : List.copyOf(allowedCountries);
        online = online == null || online;
        contactless = contactless == null || contactless;
    }

    public static Controls none() {
        return new Controls(null, null, null, List.of(), List.of(), true, true);
    }

    /** Refuses controls that could not be applied to a card in {@code currency}; field names as the request's. */
    public Controls validated(Currency currency) {
        List<FieldError> errors = new ArrayList<>();
        limit("controls.perAuthorization", perAuthorization, currency, errors);
        limit("controls.daily", daily, currency, errors);
        limit("controls.monthly", monthly, currency, errors);
        if (blockedMccs.size() > MAX_CODES || blockedMccs.stream().anyMatch(code -> code == null || !code.matches("[0-9]{4}"))) {
            errors.add(new FieldError("controls.blockedMccs", "at most " + MAX_CODES + " four-digit category codes"));
        }
        if (allowedCountries.size() > MAX_CODES
                || allowedCountries.stream().anyMatch(code -> code == null || !code.matches("[A-Z]{2}"))) {
            errors.add(new FieldError("controls.allowedCountries", "at most " + MAX_CODES + " ISO 3166 alpha-2 codes"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The card's controls are invalid.", errors);
        }
        return this;
    }

    /** Why a channel, category or country is not permitted, if it is not. */
    public Optional<String> forbids(String channel, String mcc, String country) {
        if ("ONLINE".equals(channel) && !online) {
            return Optional.of("online payments are turned off");
        }
        if ("CONTACTLESS".equals(channel) && !contactless) {
            return Optional.of("contactless payments are turned off");
        }
        if (blockedMccs.contains(mcc)) {
            return Optional.of("merchant category " + mcc + " is blocked");
        }
        if (!allowedCountries.isEmpty() && !allowedCountries.contains(country)) {
            return Optional.of("payments in " + country + " are not allowed");
        }
        return Optional.empty();
    }

    /** The controls as the card's row keeps them: limits in minor units of the card's currency. */
    private record Stored(String currency, Long perAuthorization, Long daily, Long monthly, List<String> blockedMccs,
                          List<String> allowedCountries, Boolean online, Boolean contactless) {
    }

    public String json(Currency currency) {
        try {
            return JSON.writeValueAsString(new Stored(currency.getCurrencyCode(), minor(perAuthorization), minor(daily),
                    minor(monthly), blockedMccs, allowedCountries, online, contactless));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("controls are plain values", e);
        }
    }

    public static Controls parse(String json) {
        try {
            Stored stored = JSON.readValue(json, Stored.class);
            return new Controls(money(stored.perAuthorization(), stored.currency()), money(stored.daily(), stored.currency()),
                    money(stored.monthly(), stored.currency()), stored.blockedMccs(), stored.allowedCountries(),
                    stored.online(), stored.contactless());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card's stored controls do not parse", e);
        }
    }

    private static Long minor(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(Long minor, String currency) {
        return minor == null ? null : Money.of(minor, currency);
    }

    private static void limit(String field, Money limit, Currency currency, List<FieldError> errors) {
        if (limit == null) {
            return;
        }
        if (!limit.currency().equals(currency)) {
            errors.add(new FieldError(field + ".currency", "is the card's currency, " + currency.getCurrencyCode()));
        } else if (limit.amount() <= 0 || limit.amount() > 1_000_000_000_00L) {
            errors.add(new FieldError(field + ".amount", "is above zero and at most 1,000,000,000.00"));
        }
    }
}

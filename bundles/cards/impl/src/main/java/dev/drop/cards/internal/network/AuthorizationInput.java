package dev.drop.cards.internal.network;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the card network sends to authorize a payment. */
public record AuthorizationInput(String pan, Integer expMonth, Integer expYear, String cvv, Money amount,
                                 Merchant merchant, String channel) {

    static final long MAX_AMOUNT = 1_000_000_000_00L;
    static final Set<String> CHANNELS = Set.of("ONLINE", "CONTACTLESS", "CHIP");

    /** The merchant as the network names it. */
    public record Merchant(String name, String mcc, String country) {
    }

    /** Refuses a message the network could not have sent: 400 with every field at fault. */
    public AuthorizationInput validated() {
        List<FieldError> errors = new ArrayList<>();
        if (pan == null || !pan.matches("[0-9]{12,19}")) {
            errors.add(new FieldError("pan", "12 to 19 digits"));
        }
        if (expMonth == null || expMonth < 1 || expMonth > 12) {
            errors.add(new FieldError("expMonth", "1 to 12"));
        }
        if (expYear == null || expYear < 2000 || expYear > 2099) {
            errors.add(new FieldError("expYear", "a year such as 2029"));
        }
        if (cvv == null || !cvv.matches("[0-9]{3}")) {
            errors.add(new FieldError("cvv", "three digits"));
        }
        if (amount == null || amount.amount() <= 0 || amount.amount() > MAX_AMOUNT) {
            errors.add(new FieldError("amount", "above zero and at most 1,000,000,000.00"));
        }
        if (merchant == null) {
            errors.add(new FieldError("merchant", "is required"));
        } else {
            if (merchant.name() == null || merchant.name().isBlank() || merchant.name().length() > 100) {
                errors.add(new FieldError("merchant.name", "1 to 100 characters"));
            }
            if (merchant.mcc() == null || !merchant.mcc().matches("[0-9]{4}")) {
                errors.add(new FieldError("merchant.mcc", "four digits (ISO 18245)"));
            }
            if (merchant.country() == null || !merchant.country().matches("[A-Z]{2}")) {
                errors.add(new FieldError("merchant.country", "ISO 3166 alpha-2, e.g. SE"));
            }
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            errors.add(new FieldError("channel", "ONLINE, CONTACTLESS or CHIP"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The authorization is invalid.", errors);
        }
        return this;
    }
}

package dev.drop.transactions.internal.remit;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** What a sender asks: the quote, the wallet it comes from, who receives it and why. */
public record NewRemittance(UUID quoteId, UUID fromWallet, Recipient recipient, String purpose) {

    /** The recipient: their name, IBAN (its country must be theirs), country and, for some banks, address. */
    public record Recipient(String name, String iban, String country, String address) {
    }

    /** This order with its IBAN normalised, or a 400 naming every field that is wrong. */
    public NewRemittance validated() {
        List<FieldError> errors = new ArrayList<>();
        if (quoteId == null) {
            errors.add(new FieldError("quoteId", "is required"));
        }
        if (fromWallet == null) {
            errors.add(new FieldError("fromWallet", "is required"));
        }
        String iban = null;
        if (recipient == null) {
            errors.add(new FieldError("recipient", "is required"));
        } else {
            if (!text(recipient.name(), 140)) {
                errors.add(new FieldError("recipient.name", "1 to 140 characters, no control characters"));
            }
            iban = recipient.iban() == null ? null : recipient.iban().replace(" ", "").toUpperCase(Locale.ROOT);
            try {
                IbanUtil.validate(iban);
            } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException | NullPointerException e) {
                errors.add(new FieldError("recipient.iban", "is not a valid IBAN"));
                iban = null;
            }
            if (recipient.country() == null || !recipient.country().matches("[A-Z]{2}")) {
                errors.add(new FieldError("recipient.country", "an ISO 3166-1 alpha-2 code such as PL"));
            } else if (iban != null && !iban.startsWith(recipient.country())) {
                errors.add(new FieldError("recipient.iban", "is an account in " + iban.substring(0, 2) + ", not in "
                        + recipient.country()));
            }
            if (recipient.address() != null && !text(recipient.address(), 300)) {
                errors.add(new FieldError("recipient.address", "at most 300 characters, no control characters"));
            }
        }
        if (!text(purpose, 140)) {
            errors.add(new FieldError("purpose", "1 to 140 characters, e.g. 'family support'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The remittance is not valid.", errors);
        }
        return new NewRemittance(quoteId, fromWallet, new Recipient(recipient.name().strip(), iban, recipient.country(),
                recipient.address() == null || recipient.address().isBlank() ? null : recipient.address().strip()),
                purpose.strip());
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.strip().length() <= max
                && value.chars().noneMatch(Character::isISOControl);
    }
}

package dev.drop.auth.internal.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as accounts are keyed by: trimmed, lower-cased, plausibly shaped, at most 254 characters. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the address cannot be used, if it cannot. */
    public static Optional<String> refusal(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
            return Optional.of("is not an e-mail address");
        }
        return Optional.empty();
    }
}

package dev.drop.auth.internal.password;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be (OWASP ASVS 2.1): 12 to 128 characters, any characters at all, no composition rules,
 * and not one of the commonly used passwords nor the account's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Why the password is refused, in words for its owner; empty when it is acceptable. */
    public Optional<String> refusal(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be empty");
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("is one of the most commonly used passwords; choose another");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be your e-mail address");
        }
        return Optional.empty();
    }

    /** Unicode passwords are compared and hashed in one normal form, so the same password typed elsewhere matches. */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}

package dev.drop.auth.internal.password;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be (OWASP ASVS 2.1): 12 to 128 characters, any characters at all, no composition rules,
 * not one of the commonly used passwords nor the account's own e-mail address, and hard to guess: zxcvbn's estimator,
 * told the account's e-mail address and the words in it, must score it at least {@value #MIN_SCORE} of 4.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;
    /** zxcvbn's time grows with length; past this many characters the rest cannot make a password weaker. */
    private static final int ESTIMATED_PREFIX = 100;

    private final CommonPasswords common;
    private final Zxcvbn estimator = new Zxcvbn();

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Why the password is refused, in words for its owner; empty when it is acceptable. */
    public Optional<String> refusal(String password, String email) {
        return Optional.ofNullable(check(password, email).refusal());
    }

    /** The refusal (if any) and zxcvbn's estimate, estimated once, for a registration or a page's live feedback. */
    public PasswordCheck check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return new PasswordCheck(false, "must not be empty", 0, null, List.of());
        }
        String normalized = normalize(password);
        PasswordStrength strength = strength(normalized, email);
        String refusal = shapeRefusal(normalized, email).orElse(strength.acceptable() ? null : strength.advice());
        return new PasswordCheck(refusal == null, refusal, strength.score(), strength.warning(), strength.suggestions());
    }

    private Optional<String> shapeRefusal(String normalized, String email) {
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

    /** How guessable the password is, with zxcvbn's warning and suggestions, for feedback while it is typed. */
    public PasswordStrength strength(String password, String email) {
        String prefix = password.length() > ESTIMATED_PREFIX ? password.substring(0, ESTIMATED_PREFIX) : password;
        Strength measured = estimator.measure(prefix, userInputs(email));
        Feedback feedback = measured.getFeedback();
        String warning = feedback.getWarning(Locale.ENGLISH);
        return new PasswordStrength(measured.getScore(), measured.getScore() >= MIN_SCORE,
                warning == null || warning.isBlank() ? null : warning, feedback.getSuggestions(Locale.ENGLISH));
    }

    private static List<String> userInputs(String email) {
        List<String> inputs = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            inputs.add(email.toLowerCase(Locale.ROOT));
            Arrays.stream(email.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(word -> word.length() > 2).forEach(inputs::add);
        }
        return inputs;
    }

    /** Unicode passwords are compared and hashed in one normal form, so the same password typed elsewhere matches. */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}

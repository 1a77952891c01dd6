package dev.drop.auth.internal.password;

import java.util.List;

/** zxcvbn's estimate of a password: score 0 (guessed at once) to 4, and what to do about a low one. */
public record PasswordStrength(int score, boolean acceptable, String warning, List<String> suggestions) {

    public PasswordStrength {
        suggestions = List.copyOf(suggestions);
    }

    /** The refusal in a sentence or two: zxcvbn's warning, then its suggestions. */
    public String advice() {
        StringBuilder advice = new StringBuilder("is too easy to guess");
        advice.append(warning == null ? "." : ": " + sentence(warning));
        suggestions.forEach(suggestion -> advice.append(' ').append(sentence(suggestion)));
        return advice.toString();
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped : stripped + ".";
    }
}

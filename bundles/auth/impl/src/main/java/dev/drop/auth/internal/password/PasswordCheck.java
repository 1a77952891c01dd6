package dev.drop.auth.internal.password;

import java.util.List;

/**
 * What a page shows while a new password is typed: whether it would be accepted, the refusal in the words a
 * registration would get, and zxcvbn's score (0 to 4), warning and suggestions.
 */
public record PasswordCheck(boolean acceptable, String refusal, int score, String warning, List<String> suggestions) {
}

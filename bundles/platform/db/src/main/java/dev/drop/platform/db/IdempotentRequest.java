package dev.drop.platform.db;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import java.util.Objects;

/**
 * A request whose effect must happen at most once.
 *
 * @param caller  whose key it is: keys of different callers never meet
 * @param key     the client's {@code Idempotency-Key}
 * @param method  the HTTP method
 * @param path    the request's path, identifying the resource it acts on
 * @param payload the parsed request body (or null); with method and path it decides whether a retry is the same
 *                request
 */
public record IdempotentRequest(String caller, String key, String method, String path, Object payload) {

    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    public IdempotentRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /**
     * The request with the key the client sent in {@value Idempotency#HEADER}: a structured-field string
     * ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}) or the bare text, 1 to 255 visible ASCII characters. A missing
     * or malformed key is a 400 problem: money-moving requests are not taken without one.
     */
    public static IdempotentRequest of(String header, String caller, String method, String path, Object payload) {
        return new IdempotentRequest(caller, key(header), method, path, payload);
    }

    static String key(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemType.of("idempotency-key-missing", "Idempotency-Key required", 400).exception(
                    "This request moves money: send an Idempotency-Key header with a unique value (a UUID, say) and "
                            + "the same value when you retry it.", List.of(new FieldError(Idempotency.HEADER, "is required")));
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
            throw ProblemType.VALIDATION.exception("The Idempotency-Key is not valid.", List.of(new FieldError(
                    Idempotency.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters")));
        }
        return key;
    }
}

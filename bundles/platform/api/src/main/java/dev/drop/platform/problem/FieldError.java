package dev.drop.platform.problem;

import java.util.Objects;

/**
 * One invalid field of a request.
 *
 * @param field   where the error is, as a JSON pointer-like path ({@code price.amount}, {@code variants[2].sku})
 * @param message what is wrong with it, in plain words
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

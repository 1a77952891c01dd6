package dev.drop.auth.internal.password;

/** Every hashing slot stayed busy for longer than a caller may wait. */
public final class HasherBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HasherBusyException() {
        super("password hashing is saturated", null, false, false);
    }
}

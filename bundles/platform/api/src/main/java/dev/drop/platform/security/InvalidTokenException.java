package dev.drop.platform.security;

/** Bearer credentials that must not be accepted; the message is safe to show the client. */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}

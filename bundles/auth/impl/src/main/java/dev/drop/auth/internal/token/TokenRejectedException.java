package dev.drop.auth.internal.token;

/** A token that must not be accepted; the message is safe to show the client. */
public final class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenRejectedException(String message) {
        super(message, null, false, false);
    }
}

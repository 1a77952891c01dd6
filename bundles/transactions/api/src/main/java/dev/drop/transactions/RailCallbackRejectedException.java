package dev.drop.transactions;

/** A callback that must change nothing: unsigned, wrongly signed, too old or unreadable; the message is safe to show. */
public final class RailCallbackRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RailCallbackRejectedException(String message) {
        super(message, null, false, false);
    }
}

package dev.drop.platform.db;

/** A module's schema could not be brought to the version its bundle needs; the message says which script failed. */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.drop.platform.core.internal.idempotency;

import java.sql.SQLException;

/** Whether a failure is a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2 alike). */
final class UniqueViolation {

    private UniqueViolation() {
    }

    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

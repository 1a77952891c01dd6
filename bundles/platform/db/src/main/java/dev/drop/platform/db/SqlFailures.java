package dev.drop.platform.db;

import java.sql.SQLException;

/** What a failed statement's SQLSTATE says, the same on PostgreSQL and H2. */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** A unique key violated (23505): the row exists, perhaps inserted at the same moment by someone else. */
    public static boolean isUniqueViolation(Throwable failure) {
        return state(failure, "23505");
    }

    /**
     * A failure that passes: a serialization failure or deadlock (40001, 40P01), a lost connection (08xxx) or a server
     * shutting down or starting (57P01-57P03). Work that is safe to repeat may run again.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("40001") || state.equals("40P01") || state.startsWith("08") || state.equals("57P01")
                        || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean state(Throwable failure, String wanted) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && wanted.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

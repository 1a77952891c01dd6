package dev.drop.transactions.internal.rest;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query parameters of statements: instants or dates. */
final class QueryValues {

    private QueryValues() {
    }

    /**
     * {@code 2026-12-03T10:00:00Z}, or a date meaning its start (UTC); with {@code endOfDay}, a date means the start of
     * the next day (so {@code to=2026-12-03} includes that whole day). Absent: null.
     */
    static Instant instant(String value, String name, boolean endOfDay) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemType.VALIDATION.exception("The query parameter '" + name + "' is not a date or time.",
                    List.of(new FieldError(name, "an ISO-8601 date (2026-12-03) or instant (2026-12-03T10:00:00Z)")));
        }
    }

    static void ordered(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemType.VALIDATION.exception("'from' must come before 'to'.", List.of(new FieldError("from",
                    "must be before to")));
        }
    }
}

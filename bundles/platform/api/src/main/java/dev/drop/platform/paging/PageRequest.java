package dev.drop.platform.paging;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import java.util.Optional;

/**
 * Which page a client asked for: the cursor after which to continue (none for the first page) and how many items.
 */
public record PageRequest(Optional<Cursor> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemType.VALIDATION.exception("The page size is out of range.",
                    List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    /** From query parameters, either of which may be absent; bad values become a 400 problem. */
    public static PageRequest of(String cursor, Integer limit) {
        Optional<Cursor> after = cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(Cursor.decode(cursor));
        return new PageRequest(after, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** How many rows to fetch: one more than the limit, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}

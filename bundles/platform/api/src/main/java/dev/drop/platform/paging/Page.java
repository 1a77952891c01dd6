package dev.drop.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the cursor of the next page ({@code null} on the last page).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if present, only tells
     * that a next page exists, and the cursor points after the last row kept.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null);
        }
        List<T> kept = rows.subList(0, request.limit());
        return new Page<>(kept, cursorOf.apply(kept.get(kept.size() - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}

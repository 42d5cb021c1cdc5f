package city.circular.hub.common;

import java.util.List;
import java.util.function.Function;

/** A page cut from a query that fetched one item more than asked, which tells whether another page follows. */
public record Slice<T>(List<T> items, String next) {

    public static <T> Slice<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Slice<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Slice<>(items, cursorOf.apply(items.getLast()).encode());
    }

    public <R> List<R> map(Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }
}

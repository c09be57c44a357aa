package io.mediadesk.library.asset;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. Like the service (a bare array, no total), a page says only whether more
 * may follow, which a store can tell cheaply by reading one row past the limit.
 */
public record Page<T>(List<T> items, int skip, int limit, boolean more) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), skip, limit, more);
    }
}

package io.mediadesk.library.query;

/**
 * A search: the filter tree, the order, and the page ({@code skip}, {@code limit}) - the
 * service's list parameters - plus which side of the trash to look in.
 */
public record AssetQuery(Query filter, SortKey sort, int skip, int limit, Scope scope) {
    /** The service's largest page. */
    public static final int MAX_PAGE = 1000;

    /** Live assets, or those in the trash. */
    public enum Scope { ACTIVE, TRASHED }

    public AssetQuery {
        if (skip < 0) throw new IllegalArgumentException("skip must be 0 or more, was " + skip);
        if (limit < 1) throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }

    public static AssetQuery of(Query filter) {
        return new AssetQuery(filter, SortKey.ASC_CREATED, 0, MAX_PAGE, Scope.ACTIVE);
    }

    public AssetQuery sorted(SortKey key) {
        return new AssetQuery(filter, key, skip, limit, scope);
    }

    public AssetQuery page(int newSkip, int newLimit) {
        return new AssetQuery(filter, sort, newSkip, newLimit, scope);
    }

    public AssetQuery in(Scope newScope) {
        return new AssetQuery(filter, sort, skip, limit, newScope);
    }
}

package io.mediadesk.sync.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to list (spec §3.1). Paging ({@code skip}, {@code limit}) is the client's business, not the
 * caller's: a listing is a lazy stream that fetches pages as it is read.
 *
 * <pre>{@code
 * FileQuery.all().path("/products/").searchQuery("createdAt > \"7d\"").sort("DESC_CREATED")
 * }</pre>
 */
public final class FileQuery {
    private final Map<String, String> params = new LinkedHashMap<>();
    private int pageSize = 1000;

    private FileQuery() {
    }

    /** Every file, oldest first: the service's defaults. */
    public static FileQuery all() {
        return new FileQuery();
    }

    /** {@code file}, {@code file-version}, {@code folder} or {@code all} (files and folders). */
    public FileQuery type(String type) {
        return put("type", type);
    }

    /** {@code ASC_CREATED}, {@code DESC_SIZE}... */
    public FileQuery sort(String sort) {
        return put("sort", sort);
    }

    /** That folder only ({@code /a/}); use {@code path :} in a search query for a subtree. */
    public FileQuery path(String folder) {
        return put("path", folder);
    }

    /** The search language of spec §3.2; the service then ignores {@code type}, {@code tags}, {@code name}. */
    public FileQuery searchQuery(String query) {
        return put("searchQuery", query);
    }

    /** {@code all}, {@code image} or {@code non-image}. */
    public FileQuery fileType(String fileType) {
        return put("fileType", fileType);
    }

    /** The legacy exact-name filter. */
    public FileQuery name(String name) {
        return put("name", name);
    }

    /** Items per request, 1..1000; a page shorter than this ends the listing. */
    public FileQuery pageSize(int size) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000, got " + size);
        }
        this.pageSize = size;
        return this;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The query parameters, without skip and limit. */
    public Map<String, String> params() {
        return Map.copyOf(params);
    }

    private FileQuery put(String name, String value) {
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return this;
    }
}

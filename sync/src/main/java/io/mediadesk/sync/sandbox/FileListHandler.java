package io.mediadesk.sync.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code GET /v1/files} (spec 3.1): list and search with {@code type}, {@code path}, {@code fileType},
 * the legacy {@code tags} and {@code name}, {@code searchQuery}, {@code sort}, {@code skip} and
 * {@code limit}. The answer is a bare array; clients page with skip/limit until a short page.
 */
final class FileListHandler {
    private static final Set<String> TYPES = Set.of("file", "file-version", "folder", "all");
    private static final Set<String> FILE_TYPES = Set.of("all", "image", "non-image");
    private static final Map<String, Comparator<Item>> SORTS = Map.of(
            "NAME", Comparator.comparing(Item::name),
            "CREATED", Comparator.comparing(Item::createdAt),
            "UPDATED", Comparator.comparing(Item::updatedAt),
            "HEIGHT", Comparator.comparingInt(Item::height),
            "WIDTH", Comparator.comparingInt(Item::width),
            "SIZE", Comparator.comparingLong(Item::size),
            "RELEVANCE", Comparator.comparing(Item::createdAt));

    private final Store store;
    private final FileJson json;
    /** Written and read under the store's lock (API calls run one at a time on the state). */
    private Sorted sorted;

    FileListHandler(Store store, FileJson json) {
        this.store = store;
        this.json = json;
    }

    void register(Routes routes) {
        routes.add("GET", "/v1/files", Family.FILES, this::list);
    }

    private Reply list(Call call) {
        int skip = number(call, "skip", 0, 0, Integer.MAX_VALUE);
        int limit = number(call, "limit", 1000, 1, 1000);
        List<Item> rows = rows(call);
        List<Object> page = rows.subList(Math.min(skip, rows.size()), (int) Math.min((long) skip + limit, rows.size())).stream()
                .map(i -> (Object) (i.folder() != null ? json.folder(i.folder()) : json.file(i.file(), i.version()))).toList();
        return Reply.ok(page);
    }

    /**
     * Every row of the listing, in order. Sorting all files for each page made paging through a
     * large account quadratic (100 pages of 1,000 over 100,000 files sort 100,000 rows 100 times),
     * so the sorted rows of the last query are kept until the state changes; a page is then a
     * slice. Queries with a {@code searchQuery} are not kept: relative dates ({@code "7d"}) move
     * with the clock.
     */
    private List<Item> rows(Call call) {
        String sort = call.query("sort").orElse("ASC_CREATED");
        Comparator<Item> order = order(sort);
        String fileType = choice(call, "fileType", "all", FILE_TYPES);
        boolean searching = call.query("searchQuery").filter(q -> !q.isBlank()).isPresent();
        String key = searching ? null : String.join("\u0000", sort, fileType, call.query("type").orElse(""),
                call.query("path").orElse("\u0001"), call.query("tags").orElse("\u0001"), call.query("name").orElse("\u0001"));
        Sorted last = sorted;
        if (key != null && last != null && last.key().equals(key) && last.generation() == store.generation()) {
            return last.rows();
        }
        Stream<Item> items = candidates(call);
        if (call.query("path").isPresent()) {
            String folder = Names.folderPath(call.query("path").get());
            items = items.filter(i -> i.parent().equals(folder));
        }
        if (!fileType.equals("all")) {
            items = items.filter(i -> i.folder() != null || i.image() == fileType.equals("image"));
        }
        List<Item> rows = items.sorted(order.thenComparing(Item::path).thenComparing(Item::id)).toList();
        if (key != null) {
            sorted = new Sorted(key, store.generation(), rows);
        }
        return rows;
    }

    /** The rows of one query as they were at one generation of the state. */
    private record Sorted(String key, long generation, List<Item> rows) { }

    /** With a searchQuery, the type, tags and name parameters are ignored (spec 3.1). */
    private Stream<Item> candidates(Call call) {
        if (call.query("searchQuery").filter(q -> !q.isBlank()).isPresent()) {
            SearchQuery.Compiled query = SearchQuery.parse(call.query("searchQuery").get(), store.clock());
            Stream<Item> all = query.mentionsType() ? Stream.concat(everything("all"), everything("file-version")) : everything("file");
            return all.filter(query.predicate());
        }
        Stream<Item> items = everything(choice(call, "type", "file", TYPES));
        Predicate<Item> legacy = i -> true;
        if (call.query("tags").isPresent()) {
            List<String> tags = List.of(call.query("tags").get().split(","));
            legacy = legacy.and(i -> i.allTags().stream().anyMatch(tags::contains));
        }
        if (call.query("name").isPresent()) {
            String name = call.query("name").get();
            legacy = legacy.and(i -> i.name().equals(name));
        }
        return items.filter(legacy);
    }

    private Stream<Item> everything(String type) {
        State state = store.state();
        Stream<Item> files = state.files.values().stream().map(Item::of);
        Stream<Item> folders = state.folders.values().stream().map(Item::of);
        return switch (type) {
            case "file" -> files;
            case "folder" -> folders;
            case "all" -> Stream.concat(folders, files);
            default -> state.files.values().stream().flatMap(f -> f.versions.stream()
                    .filter(v -> !v.id.equals(f.currentId)).map(v -> Item.of(f, v)));
        };
    }

    private static Comparator<Item> order(String sort) {
        boolean descending = sort.startsWith("DESC_");
        Comparator<Item> by = sort.startsWith("ASC_") || descending ? SORTS.get(sort.substring(sort.indexOf('_') + 1)) : null;
        if (by == null) {
            throw ApiError.badRequest("Invalid sort: " + sort + ". Use ASC_ or DESC_ with NAME, CREATED, UPDATED, HEIGHT, WIDTH, SIZE or RELEVANCE.");
        }
        return descending ? by.reversed() : by;
    }

    private static String choice(Call call, String name, String fallback, Set<String> allowed) {
        String value = call.query(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw ApiError.badRequest("Invalid " + name + ": " + value + ". Allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        return value;
    }

    private static int number(Call call, String name, int fallback, int min, int max) {
        String text = call.query(name).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
    }
}

package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The results of one search as a list of known size whose assets are fetched a page at a time
 * (skip/limit through {@link AssetRepository#search}) the first time a position is read, and
 * forgotten again, least recently used first, past {@link #KEPT_PAGES}: scrolling through 100,000
 * assets holds a few thousand records, never the library.
 */
public final class AssetSlots extends ObservableListBase<Slot> {
    public static final int PAGE = 200;
    static final int KEPT_PAGES = 30;

    private final AssetRepository repository;
    private final AssetQuery query;
    private final int size;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<List<Asset>> onPage;
    private final Set<Integer> loading = new HashSet<>();
    private final Map<Integer, Slot[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Slot[]> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    AssetSlots(AssetRepository repository, AssetQuery query, int size, TaskRunner tasks, Consumer<Throwable> onFailure,
            Consumer<List<Asset>> onPage) {
        this.repository = repository;
        this.query = query;
        this.size = size;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.onPage = onPage;
    }

    static AssetSlots empty(AssetRepository repository) {
        return new AssetSlots(repository, AssetQuery.of(io.mediadesk.library.query.Query.ALL), 0, TaskRunner.sameThread(), e -> { },
                page -> { });
    }

    @Override
    public Slot get(int index) {
        int page = index / PAGE;
        Slot[] slots = pages.get(page);
        if (slots == null) {
            slots = new Slot[Math.min(PAGE, size - page * PAGE)];
            for (int i = 0; i < slots.length; i++) slots[i] = new Slot(page * PAGE + i);
            pages.put(page, slots);
            load(page, slots);
        }
        return slots[index % PAGE];
    }

    @Override
    public int size() {
        return size;
    }

    /** Re-reads the pages in memory in place, after their assets changed (tags, for instance). */
    void reload() {
        pages.forEach(this::load);
    }

    /** The assets among {@code ids} whose pages are in memory (all those on screen), in result order. */
    List<Asset> loaded(java.util.Collection<io.mediadesk.library.asset.AssetId> ids) {
        java.util.Set<io.mediadesk.library.asset.AssetId> wanted = new HashSet<>(ids);
        return pages.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> java.util.Arrays.stream(e.getValue()))
                .map(Slot::asset).filter(a -> a != null && wanted.contains(a.id())).toList();
    }

    /** How many pages are held now; for tests and the benchmark. */
    int pagesHeld() {
        return pages.size();
    }

    AssetQuery query() {
        return query;
    }

    private void load(int page, Slot[] slots) {
        if (!loading.add(page)) return;
        tasks.run(() -> repository.search(query.page(page * PAGE, PAGE)).items(), items -> {
            loading.remove(page);
            fill(slots, items);
            onPage.accept(items);
        }, failure -> {
            loading.remove(page);
            onFailure.accept(failure);
        });
    }

    private static void fill(Slot[] slots, List<Asset> items) {
        for (int i = 0; i < slots.length && i < items.size(); i++) slots[i].fill(items.get(i));
    }
}

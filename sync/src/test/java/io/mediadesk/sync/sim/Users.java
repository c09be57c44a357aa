package io.mediadesk.sync.sim;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.LocalFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people editing both sides between syncs: adds, content edits, tags, metadata, coordinates,
 * moves, deletes and restores, all drawn from the seed. Names come partly from a small pool so
 * the same path turns up on both sides. Records every content ever made (to tell partial content
 * from real) and what people themselves destroyed on the service (not the sync's loss).
 */
final class Users {
    private static final String[] FOLDERS = {"/", "/a/", "/b/c/"};
    private static final String[] POOL = {"x.jpg", "y.jpg", "z.jpg"};
    private static final String[] TAGS = {"red", "blue", "sale", "new"};
    private static final String[] FIELDS = {"brand", "rating"};
    private static final String[] VALUES = {"\"acme\"", "\"zen\"", "3", "true"};

    private final Random rnd;
    private final MemoryLibrary library;
    private final MemoryService service;
    final Set<String> contents = new HashSet<>();
    final Set<String> destroyedByUsers = new HashSet<>();
    private int names;

    Users(Random rnd, MemoryLibrary library, MemoryService service) {
        this.rnd = rnd;
        this.library = library;
        this.service = service;
    }

    void editLibrary(int ops) {
        for (int i = 0; i < ops; i++) {
            List<LocalFile> live = library.assets.values().stream().filter(a -> !a.trashed()).toList();
            int op = live.isEmpty() ? 0 : rnd.nextInt(8);
            LocalFile a = live.isEmpty() ? null : live.get(rnd.nextInt(live.size()));
            switch (op) {
                case 0 -> addLocal();
                case 1 -> {
                    byte[] data = bytes();
                    library.assets.put(a.id(), a.withContent(library.store(data), data.length));
                }
                case 2, 3 -> library.assets.put(a.id(), a.withAttributes(edit(a.attributes())));
                case 4 -> moveLocal(a);
                case 5 -> {
                    if (live.size() > 1) library.assets.put(a.id(), a.withTrashed(true));
                }
                case 6 -> library.assets.values().stream().filter(LocalFile::trashed).findFirst()
                        .ifPresent(t -> library.assets.put(t.id(), t.withTrashed(false)));
                default -> addLocal();
            }
        }
    }

    void editService(int ops) {
        for (int i = 0; i < ops; i++) {
            List<MemoryService.File> files = new ArrayList<>(service.files.values());
            int op = files.isEmpty() ? 0 : rnd.nextInt(7);
            MemoryService.File f = files.isEmpty() ? null : files.get(rnd.nextInt(files.size()));
            switch (op) {
                case 0 -> service.put(path(), bytes(), attributes());
                case 1 -> service.put(f.path, bytes(), f.attributes);
                case 2, 3 -> {
                    f.attributes = edit(f.attributes);
                    f.updated = f.updated.plusMillis(1);
                }
                case 4 -> {
                    String to = path();
                    if (service.atPath(to) == null) f.path = to;
                }
                case 5 -> {
                    if (files.size() > 1) {
                        f.versions.forEach(v -> destroyedByUsers.add(v.hash()));
                        service.files.remove(f.id);
                    }
                }
                default -> service.put(path(), bytes(), attributes());
            }
        }
    }

    private void addLocal() {
        String path = path();
        if (library.pathTaken(path)) return;
        byte[] data = bytes();
        String id = String.format("%024x", rnd.nextLong() & Long.MAX_VALUE);
        library.assets.put(id, new LocalFile(id, path, library.store(data), data.length, attributes(), false));
    }

    private void moveLocal(LocalFile a) {
        String to = path();
        if (!library.pathTaken(to)) library.assets.put(a.id(), a.withPath(to));
    }

    byte[] bytes() {
        byte[] data = new byte[16 + rnd.nextInt(4000)];
        rnd.nextBytes(data);
        contents.add(Bytes.sha256(data));
        return data;
    }

    private String path() {
        String folder = FOLDERS[rnd.nextInt(FOLDERS.length)];
        return folder + (rnd.nextInt(10) < 3 ? POOL[rnd.nextInt(POOL.length)] : "n" + (++names) + ".jpg");
    }

    Attributes attributes() {
        return edit(edit(Attributes.NONE));
    }

    private Attributes edit(Attributes a) {
        switch (rnd.nextInt(3)) {
            case 0 -> {
                TreeSet<String> tags = new TreeSet<>(a.tags());
                String t = TAGS[rnd.nextInt(TAGS.length)];
                if (!tags.remove(t)) tags.add(t);
                return a.withTags(tags);
            }
            case 1 -> {
                Map<String, String> meta = new TreeMap<>(a.metadata());
                String k = FIELDS[rnd.nextInt(FIELDS.length)];
                if (rnd.nextBoolean() && meta.containsKey(k)) meta.remove(k); else meta.put(k, VALUES[rnd.nextInt(VALUES.length)]);
                return a.withMetadata(meta);
            }
            default -> {
                return a.withCoordinates(rnd.nextBoolean() ? java.util.Optional.empty()
                        : java.util.Optional.of(rnd.nextInt(50) + "," + rnd.nextInt(50) + ",10,10"));
            }
        }
    }
}

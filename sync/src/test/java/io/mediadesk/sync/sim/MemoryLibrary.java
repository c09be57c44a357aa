package io.mediadesk.sync.sim;

import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.LocalSide;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The library in memory, with the real one's rules: paths unique with the trash included, content
 * kept by hash and never deleted (like the originals folder), every write atomic and one tick.
 */
final class MemoryLibrary implements LocalSide {
    final Map<String, LocalFile> assets = new TreeMap<>();
    final Map<String, byte[]> originals = new HashMap<>();
    private final Killer killer;

    MemoryLibrary(Killer killer) {
        this.killer = killer;
    }

    boolean pathTaken(String path) {
        return assets.values().stream().anyMatch(a -> a.path().equals(path));
    }

    /** A user's (or a sync's) new content: stored by hash, never dropped. */
    String store(byte[] data) {
        String hash = Bytes.sha256(data);
        originals.putIfAbsent(hash, data);
        return hash;
    }

    @Override
    public synchronized LocalSnapshot snapshot() {
        return LocalSnapshot.of(assets.values());
    }

    @Override
    public synchronized Optional<LocalFile> find(String id) {
        return Optional.ofNullable(assets.get(id));
    }

    @Override
    public synchronized Content content(String id) {
        return Bytes.of(originals.get(assets.get(id).hash()));
    }

    @Override
    public synchronized void create(String id, String path, Content content, Attributes attributes) {
        killer.tick();
        if (assets.containsKey(id)) throw new IllegalStateException("asset " + id + " exists");
        if (pathTaken(path)) throw new IllegalStateException("path taken in the library: " + path);
        String hash = verified(content);
        assets.put(id, new LocalFile(id, path, hash, content.size(), attributes, false));
    }

    @Override
    public synchronized void replaceContent(String id, Content content) {
        killer.tick();
        String hash = verified(content);
        assets.put(id, assets.get(id).withContent(hash, content.size()));
    }

    /** The bytes, hashed again: the library names originals by what they are, not by what it was told. */
    private String verified(Content content) {
        byte[] data = Bytes.read(content);
        String hash = store(data);
        if (!hash.equals(content.hash())) throw new IllegalStateException("content hash mismatch");
        return hash;
    }

    @Override
    public synchronized void keep(Content content) {
        killer.tick();
        verified(content);
    }

    @Override
    public synchronized boolean holds(String hash) {
        return originals.containsKey(hash);
    }

    @Override
    public synchronized void move(String id, String path) {
        killer.tick();
        if (pathTaken(path)) throw new IllegalStateException("path taken in the library: " + path);
        assets.put(id, assets.get(id).withPath(path));
    }

    @Override
    public synchronized void setAttributes(String id, Attributes attributes) {
        killer.tick();
        assets.put(id, assets.get(id).withAttributes(attributes));
    }

    @Override
    public synchronized void trash(String id) {
        killer.tick();
        assets.computeIfPresent(id, (k, a) -> a.withTrashed(true));
    }

    @Override
    public synchronized void restore(String id) {
        killer.tick();
        assets.computeIfPresent(id, (k, a) -> a.withTrashed(false));
    }
}

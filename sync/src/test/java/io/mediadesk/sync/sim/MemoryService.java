package io.mediadesk.sync.sim;

import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.RemoteSide;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The service in memory, with the behaviour that can hurt: an upload over a path makes a new
 * version, a move onto a taken name appends the mover's versions to that file (spec 3.5), a
 * delete removes every version. Faults from the {@link FaultSchedule}; listings come back in a
 * shuffled order and sometimes with a page repeated.
 */
final class MemoryService implements RemoteSide {
    record Version(String id, String hash, byte[] data) {
    }

    static final class File {
        final String id;
        String path;
        final List<Version> versions = new ArrayList<>();
        Attributes attributes = Attributes.NONE;
        java.time.Instant updated;

        File(String id) {
            this.id = id;
        }

        Version current() {
            return versions.get(versions.size() - 1);
        }
    }

    final Map<String, File> files = new TreeMap<>();
    private final Killer killer;
    private final FaultSchedule faults;
    private final Random order;
    private final Clock clock;
    private int ids;

    MemoryService(Killer killer, FaultSchedule faults, Random order, Clock clock) {
        this.killer = killer;
        this.faults = faults;
        this.order = order;
        this.clock = clock;
    }

    File atPath(String path) {
        return files.values().stream().filter(f -> f.path.equals(path)).findFirst().orElse(null);
    }

    /** Uploads as a user would: over a taken path it is a new version. */
    synchronized File put(String path, byte[] data, Attributes attributes) {
        File f = atPath(path);
        if (f == null) {
            f = new File("f" + (++ids));
            f.path = path;
            files.put(f.id, f);
        }
        f.versions.add(new Version("v" + (++ids), Bytes.sha256(data), data));
        f.attributes = attributes;
        f.updated = clock.instant();
        return f;
    }

    RemoteEntry entry(File f) {
        return new RemoteEntry(f.id, f.path, f.current().id(), f.current().data().length, f.updated, f.attributes);
    }

    @Override
    public synchronized RemoteSnapshot snapshot() {
        faults.listing();
        List<RemoteEntry> entries = new ArrayList<>(files.values().stream().map(this::entry).toList());
        Collections.shuffle(entries, order);
        if (!entries.isEmpty() && order.nextInt(4) == 0) entries.add(entries.get(0));
        return RemoteSnapshot.of(entries);
    }

    @Override
    public synchronized RemoteEntry upload(String path, Content content, Attributes attributes, boolean newFile) {
        faults.before("upload");
        killer.tick();
        if (newFile && atPath(path) != null) throw new io.mediadesk.sync.SyncException("409 a file exists at " + path);
        File f = put(path, Bytes.read(content), attributes);
        faults.after("upload");
        return entry(f);
    }

    @Override
    public synchronized RemoteEntry move(String id, String from, String to) {
        faults.before("move");
        killer.tick();
        File f = existing(id);
        if (!f.path.equals(from)) throw new io.mediadesk.sync.SyncException("404 " + from + " is not there");
        File target = atPath(to);
        if (target != null) {
            // The service appends the mover's versions to the file already at the destination.
            target.versions.addAll(f.versions);
            files.remove(id);
            throw new io.mediadesk.sync.SyncException("moved onto an existing file: " + to);
        }
        f.path = to;
        f.updated = clock.instant();
        faults.after("move");
        return entry(f);
    }

    @Override
    public synchronized RemoteEntry update(String id, Attributes from, Attributes to) {
        faults.before("update");
        killer.tick();
        File f = existing(id);
        f.attributes = to;
        f.updated = clock.instant();
        faults.after("update");
        return entry(f);
    }

    @Override
    public synchronized void delete(String id) {
        faults.before("delete");
        killer.tick();
        existing(id);
        files.remove(id);
        faults.after("delete");
    }

    @Override
    public synchronized List<String> olderVersions(String id) {
        faults.before("versions");
        List<Version> all = existing(id).versions;
        return all.subList(0, all.size() - 1).stream().map(Version::id).toList();
    }

    @Override
    public synchronized Content downloadVersion(String id, String versionId) {
        faults.before("download");
        return Bytes.of(existing(id).versions.stream().filter(v -> v.id().equals(versionId)).findFirst().orElseThrow().data());
    }

    @Override
    public synchronized Content download(String id) {
        faults.before("download");
        byte[] data = existing(id).current().data();
        if (faults.truncate()) data = Arrays.copyOf(data, data.length / 2);
        return Bytes.of(data);
    }

    private File existing(String id) {
        File f = files.get(id);
        if (f == null) throw new io.mediadesk.sync.SyncException("404 no file " + id);
        return f;
    }
}

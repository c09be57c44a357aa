package io.mediadesk.sync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The account's state with its lock, its blobs and, when a data folder is given, its persistence
 * ({@code state.json} written atomically after each change, blobs beside it), so a restarted
 * sandbox keeps its files. Without a folder, everything lives in a temp folder removed on close.
 */
final class Store implements AutoCloseable {
    /** Work done under the lock. */
    interface Work<T> {
        T run() throws IOException;
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ReentrantLock lock = new ReentrantLock();
    private final Path folder;
    private final boolean temporary;
    private final State state;
    private final Blobs blobs;
    private final Ids ids;
    private final Clock clock;
    private FileChannel lockChannel;
    /** Bumped after every change (under the lock): listings cache their sorted rows per generation. */
    private long generation;
    private Map<String, StoredFile> byPath;
    private long byPathGeneration;

    private Store(Path folder, boolean temporary, State state, Clock clock, long seed) throws IOException {
        this.folder = folder;
        this.temporary = temporary;
        this.state = state;
        this.blobs = new Blobs(folder.resolve("blobs"));
        this.ids = new Ids(state, clock, seed);
        this.clock = clock;
    }

    static Store open(Optional<Path> dataFolder, Clock clock, long seed) throws IOException {
        if (dataFolder.isEmpty()) {
            return new Store(Files.createTempDirectory("mediadesk-sandbox-"), true, new State(), clock, seed);
        }
        Path folder = Files.createDirectories(dataFolder.get());
        FileChannel lock = lock(folder);
        try {
            Path file = folder.resolve("state.json");
            State state = Files.isRegularFile(file) ? Json.MAPPER.readValue(file.toFile(), State.class) : new State();
            Store store = new Store(folder, false, state, clock, seed);
            store.lockChannel = lock;
            return store;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** One sandbox per data folder: two writing the same state.json would lose each other's changes. */
    private static FileChannel lock(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve("sandbox.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process
        }
        channel.close();
        throw new IllegalStateException("The sandbox data folder is in use by another sandbox: " + folder);
    }

    <T> T locked(Work<T> work) throws IOException {
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    State state() {
        return state;
    }

    Blobs blobs() {
        return blobs;
    }

    Ids ids() {
        return ids;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Now as the service writes times, always with three digits of milliseconds
     * ({@code 2026-11-26T13:46:37.000Z}): listings sort by these strings, and {@code Instant.toString}
     * drops a zero fraction ({@code ...:37Z}), which sorted after every later time in the same second.
     */
    String now() {
        return TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Marks the state changed (listings sort again); {@link #save} does it too. Call under the lock. */
    void changed() {
        generation++;
    }

    /** Which state the rows of a cached listing came from; read under the lock. */
    long generation() {
        return generation;
    }

    void save() throws IOException {
        generation++;
        if (temporary) {
            return;
        }
        Path temp = folder.resolve("state.json.tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), state);
        Files.move(temp, folder.resolve("state.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    StoredFile requireFile(String fileId) {
        StoredFile file = state.files.get(fileId);
        if (file == null) {
            throw ApiError.notFound("The requested file does not exist.");
        }
        return file;
    }

    /**
     * {@link #fileAt} through an index of paths rebuilt when the state has changed since: for
     * requests that change nothing (delivery), where an account of 100,000 files made every lookup
     * a scan. Not for a request that changes the state: its own changes count only once it ends.
     */
    Optional<StoredFile> fileAtUnchanged(String path) {
        if (byPath == null || byPathGeneration != generation) {
            Map<String, StoredFile> index = new HashMap<>();
            state.files.values().forEach(f -> index.put(f.path(), f));
            byPath = index;
            byPathGeneration = generation;
        }
        return Optional.ofNullable(byPath.get(path));
    }

    Optional<StoredFile> fileAt(String path) {
        return state.files.values().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Creates {@code folderPath} ({@code /a/b/}) and every missing parent. */
    void ensureFolder(String folderPath) {
        String path = "/";
        for (String segment : folderPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path += segment + "/";
            if (!state.folders.containsKey(path)) {
                Folder folder = new Folder();
                folder.id = ids.objectId();
                folder.path = path;
                folder.createdAt = now();
                folder.updatedAt = folder.createdAt;
                state.folders.put(path, folder);
            }
        }
    }

    boolean folderExists(String folderPath) {
        return folderPath.equals("/") || state.folders.containsKey(folderPath);
    }

    /** Files directly in, or anywhere under, {@code folderPath}, by path. */
    Stream<StoredFile> filesUnder(String folderPath, boolean recursive) {
        return state.files.values().stream()
                .filter(f -> recursive ? f.folder.startsWith(folderPath) : f.folder.equals(folderPath))
                .sorted(Comparator.comparing(StoredFile::path));
    }

    void removeFile(StoredFile file) {
        state.files.remove(file.id);
        dropUnreferenced(file.versions.stream().map(v -> v.blob).collect(Collectors.toSet()));
    }

    /** Deletes those of {@code blobs} no version refers to any more. */
    void dropUnreferenced(Collection<String> candidates) {
        Set<String> used = state.files.values().stream().flatMap(f -> f.versions.stream()).map(v -> v.blob)
                .collect(Collectors.toSet());
        candidates.stream().filter(b -> !used.contains(b)).forEach(blobs::delete);
    }

    @Override
    public void close() {
        if (!temporary) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mediadesk.library.ingest;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.codec.LimitGate;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.PhotoMetadataReader;
import io.mediadesk.engine.render.PerceptualHash;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.ingest.SourceWalker.Source;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders, one file at a time, each all-or-nothing:
 *
 * <ol>
 * <li>probe the header and check the safety limits (a bomb or a text file stops here, with the
 *     engine's reason);</li>
 * <li>hash the bytes (SHA-256); bytes already in the library are a duplicate and are not copied;</li>
 * <li>decode small for the perceptual hash (a damaged image stops here) and read EXIF/IPTC/XMP;</li>
 * <li>store the original atomically under its hash, through the library's {@link Originals} (with a
 *     team catalog: durable in the library folder and then in GridFS, checked there);</li>
 * <li>add the asset in one catalog transaction.</li>
 * </ol>
 *
 * A crash before step 5 leaves at most an original no asset points to yet (local, or local and in
 * GridFS, or local with a GridFS upload cut short, which the next put drops and redoes), which the rerun reuses;
 * a crash after it leaves a complete asset, which the rerun reports as a duplicate. Thumbnails are
 * derived data: each new asset is handed to the {@link ThumbnailQueue}, whose worker renders while
 * this thread goes on with the next file (two cores busy instead of one), and the run waits for
 * them at its end; a thumbnail that cannot be made is a warning, not a failed import.
 */
public final class Importer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final Path libraryFolder;
    private final AssetRepository repository;
    private final Limits limits;
    private final Decoder decoder = new Decoder(1);
    private final PhotoMetadataReader metadata = new PhotoMetadataReader();
    private final Originals originals;
    private final ThumbnailMaker thumbnails;
    private final ThumbnailQueue thumbnailQueue;
    private final AssetFactory factory;

    /** Imports into an open library: its folder, its catalog and its originals. */
    public Importer(Library library, Clock clock) {
        this(library.folder(), library.assets(), library.originals(), clock);
    }

    public Importer(Path libraryFolder, AssetRepository repository, Originals originals, Clock clock) {
        this.libraryFolder = libraryFolder;
        this.repository = repository;
        this.limits = Limits.DEFAULT;
        this.originals = originals;
        // A thumbnail worker per core: while files come in, the import thread and the workers share
        // the cores; once they are in, the workers have them all. Each worker needs its own decode
        // worker, or they would queue behind one.
        int workers = Runtime.getRuntime().availableProcessors();
        this.thumbnails = new ThumbnailMaker(libraryFolder, Renderer.forBatch(limits, 1, workers));
        this.thumbnailQueue = new ThumbnailQueue(thumbnails, originals, workers);
        this.factory = new AssetFactory(repository, clock);
    }

    public ImportReport run(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation) {
        List<Source> sources;
        try {
            OriginalStore.sweepTemporaries(libraryFolder).forEach(p -> LOG.info("removed a temp file left by a crash: {}", p));
            sources = SourceWalker.walk(inputs, options.target());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs: " + e.getMessage(), e);
        }
        progress.started(sources.size());
        Map<AssetId, Long> hashes = new LinkedHashMap<>(repository.perceptualHashes());
        List<ImportItem> items = new ArrayList<>();
        Map<Integer, CompletableFuture<Void>> thumbnailJobs = new LinkedHashMap<>();
        for (Source s : sources) {
            if (cancellation.cancelled()) {
                thumbnailQueue.cancel(ThumbnailQueue.Priority.BACKGROUND);
                return new ImportReport(items, true);
            }
            ImportItem item = s.failure().orElseGet(() -> importOne(s, options, hashes));
            if (item.status() == ImportItem.Status.IMPORTED && options.thumbnails()) {
                repository.find(item.id().orElseThrow()).ifPresent(asset -> thumbnailJobs.put(items.size(),
                        thumbnailQueue.request(asset, ThumbnailQueue.Priority.BACKGROUND)));
            }
            items.add(item);
            progress.finished(item, items.size(), sources.size());
        }
        return new ImportReport(withThumbnailWarnings(items, thumbnailJobs, cancellation), false);
    }

    /** Waits for this run's thumbnails and notes the ones that failed on their items. */
    private List<ImportItem> withThumbnailWarnings(List<ImportItem> items, Map<Integer, CompletableFuture<Void>> jobs,
            Cancellation cancellation) {
        List<ImportItem> out = new ArrayList<>(items);
        for (Map.Entry<Integer, CompletableFuture<Void>> job : jobs.entrySet()) {
            Optional<String> failure = outcome(job.getValue(), cancellation);
            if (failure.isPresent()) out.set(job.getKey(), out.get(job.getKey()).withWarning("no thumbnail: " + failure.get()));
        }
        return out;
    }

    private Optional<String> outcome(CompletableFuture<Void> job, Cancellation cancellation) {
        while (true) {
            if (cancellation.cancelled()) {
                thumbnailQueue.cancel(ThumbnailQueue.Priority.BACKGROUND);
                return Optional.empty(); // made later, when the tile asks for it
            }
            try {
                job.get(100, TimeUnit.MILLISECONDS);
                return Optional.empty();
            } catch (TimeoutException e) {
                // still rendering: look at the cancellation again
            } catch (CancellationException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException) return Optional.empty();
                return Optional.of(String.valueOf(e.getCause().getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private ImportItem importOne(Source s, ImportOptions options, Map<AssetId, Long> hashes) {
        Path file = s.file();
        try {
            ImageInfo info = decoder.probe(file);
            LimitGate.check(info, Files.size(file), limits, DecodeOptions.DEFAULT);
            String sha256 = ContentHash.of(file);
            List<Asset> same = repository.findByContentHash(sha256);
            if (!same.isEmpty()) return ImportItem.duplicate(file, same.get(0).id(), same.get(0).filePath());
            long phash = PerceptualHash.of(file, decoder, limits);
            var photo = metadata.read(file);
            originals.put(file, sha256, AssetFactory.formatWord(info.format()));
            Map<AssetId, Integer> similar = NearDuplicates.within(phash, hashes, options.nearDuplicateDistance());
            Asset asset = repository.add(factory.asset(s, info, sha256, phash, photo, options), similar);
            hashes.put(asset.id(), phash);
            return ImportItem.imported(file, asset.id(), asset.filePath(), similar, List.of());
        } catch (ImageRejectedException e) {
            return ImportItem.failed(file, e.reason().name(), e.getMessage());
        } catch (OriginalStore.ChangedWhileImportingException e) {
            return ImportItem.failed(file, "CHANGED", e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return ImportItem.failed(file, "UNREADABLE", "The file cannot be read: " + file + " (" + e.getMessage() + ")");
        } catch (EngineException | LibraryException e) {
            return ImportItem.failed(file, e instanceof LibraryException ? "STORE" : "ENGINE", e.getMessage());
        }
    }

    public Originals originals() {
        return originals;
    }

    public ThumbnailMaker thumbnailMaker() {
        return thumbnails;
    }

    /** The queue this importer's thumbnails go through; the window may ask it for missing ones too. */
    public ThumbnailQueue thumbnailQueue() {
        return thumbnailQueue;
    }

    @Override
    public void close() {
        decoder.close();
        thumbnailQueue.close();
        thumbnails.close();
    }
}

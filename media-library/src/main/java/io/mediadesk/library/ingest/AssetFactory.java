package io.mediadesk.library.ingest;

import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.PhotoMetadata;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FileName;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.SourceWalker.Source;
import io.mediadesk.library.store.AssetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the new asset record for an imported file: its name in the library, tags, metadata. */
final class AssetFactory {
    /** Enough for any real clash; past it something is wrong and the import of this file fails. */
    private static final int MAX_NUMBERED = 10_000;

    private final AssetRepository repository;
    private final Clock clock;

    AssetFactory(AssetRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Asset asset(Source s, ImageInfo info, String sha256, long phash, PhotoMetadata photo, ImportOptions options) throws IOException {
        Instant now = clock.instant();
        EmbeddedMetadata embedded = new EmbeddedMetadata(photo.taken(), photo.make(), photo.model(), photo.latitude(),
                photo.longitude(), photo.keywords());
        TreeSet<Tag> tags = options.keywordsAsTags() ? tags(photo.keywords()) : new TreeSet<>();
        return new Asset(AssetId.random(), s.folder(), freeName(s.folder(), FileName.sanitized(s.file().getFileName().toString())),
                sha256, Files.size(s.file()), info.width(), info.height(), formatWord(info.format()), info.hasAlpha(),
                info.orientation(), Optional.of(phash), tags, new TreeMap<>(Map.of()), Optional.empty(), embedded, now, now, false,
                Optional.empty(), SyncState.LOCAL_ONLY);
    }

    /** The file's name, or {@code name_2.jpg}, {@code name_3.jpg}... when another asset has it. */
    private String freeName(FolderPath folder, String name) {
        if (!repository.pathTaken(folder, name)) return name;
        for (int n = 2; n < MAX_NUMBERED; n++) {
            String candidate = FileName.numbered(name, n);
            if (!repository.pathTaken(folder, candidate)) return candidate;
        }
        throw new LibraryException("no free name for " + name + " in " + folder);
    }

    /** Keywords that are valid tags, in order, until the 500-character budget is spent. */
    static TreeSet<Tag> tags(List<String> keywords) {
        TreeSet<Tag> out = new TreeSet<>();
        for (String k : keywords) {
            try {
                Tag t = Tag.of(k);
                List<Tag> candidate = new ArrayList<>(out);
                candidate.add(t);
                Tag.checkTotal(candidate);
                out.add(t);
            } catch (InvalidValueException e) {
                // A keyword that is no valid tag (a comma, a %) or no longer fits is left as a keyword only.
            }
        }
        return out;
    }

    /** The service's format word for a decoded container format. */
    static String formatWord(ImageFormat format) {
        return switch (format) {
            case JPEG -> "jpg";
            case TIFF -> "tiff";
            default -> format.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.Reconciler;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.RemoteFile;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides whether an upload whose answer was lost took effect. The service has no idempotency key,
 * so we look in the target folder for a file with our name (or, with unique names, our name plus
 * the service's suffix), our size, created or updated since the attempt began. Clocks differ, so
 * "since" allows {@link #CLOCK_SKEW}; a same-named, same-sized upload by someone else inside that
 * window would be taken for ours, which for the same name and size is almost surely the same file.
 */
final class UploadReconciler implements Reconciler<UploadResult> {
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final FileResource files;
    private final UploadRequest request;
    private final OptionalLong size;

    UploadReconciler(FileResource files, UploadRequest request, OptionalLong size) {
        this.files = files;
        this.request = request;
        this.size = request.fields().containsKey("transformation") ? OptionalLong.empty() : size;
    }

    @Override
    public Optional<UploadResult> find(Instant attemptStart) {
        String stored = storedName(request.fileName());
        int dot = stored.lastIndexOf('.');
        String stem = dot > 0 ? stored.substring(0, dot) : stored;
        String extension = dot > 0 ? stored.substring(dot) : "";
        FileQuery query = FileQuery.all().path(request.folderPath()).sort("DESC_CREATED").pageSize(100);
        query = request.uniqueFileName() ? query.searchQuery("name : \"" + stem + "\"") : query.name(stored);
        Instant since = attemptStart.minus(CLOCK_SKEW);
        return files.files(query).limit(100)
                .filter(f -> request.folderPath().equals(f.folder()))
                .filter(f -> request.uniqueFileName() ? f.name().startsWith(stem) && f.name().endsWith(extension) : f.name().equals(stored))
                .filter(f -> size.isEmpty() || f.size() != null && f.size() == size.getAsLong())
                .filter(f -> lastChange(f).filter(t -> !t.isBefore(since)).isPresent())
                .max(Comparator.comparing(f -> lastChange(f).orElse(Instant.MIN)))
                .map(UploadResult::from);
    }

    /** A new version of an existing file keeps its createdAt, so the later of the two dates counts. */
    private static Optional<Instant> lastChange(RemoteFile file) {
        Optional<Instant> created = file.created();
        Optional<Instant> updated = file.updated();
        if (created.isEmpty()) {
            return updated;
        }
        return updated.filter(u -> u.isAfter(created.get())).or(() -> created);
    }

    /** The service turns every character but letters, digits, {@code . - _} into {@code _} (spec §2.2). */
    static String storedName(String fileName) {
        return fileName.replaceAll("[^\\p{L}\\p{M}\\p{N}._-]", "_");
    }
}

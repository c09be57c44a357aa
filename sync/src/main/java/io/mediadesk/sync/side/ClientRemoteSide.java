package io.mediadesk.sync.side;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.FileUpdate;
import io.mediadesk.sync.client.model.RemoteFile;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.RemoteSide;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.MetadataText;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account as the sync's remote side, through the REST client (which retries, paces and
 * reconciles lost upload answers). Uploads never pick unique names ({@code useUniqueFileName=false});
 * a new file refuses a taken path ({@code overwriteFile=false}), a new version replaces the file at
 * its path. Downloads read the file's delivery URL into a temp file under {@code staging}.
 */
public final class ClientRemoteSide implements RemoteSide {
    private final ImageKitClient client;
    private final Path staging;

    public ClientRemoteSide(ImageKitClient client, Path staging) {
        this.client = client;
        this.staging = staging;
    }

    @Override
    public RemoteSnapshot snapshot() {
        try (var files = client.files().files(FileQuery.all().type("file"))) {
            return RemoteSnapshot.of(files.map(ClientRemoteSide::entry).toList());
        }
    }

    static RemoteEntry entry(RemoteFile f) {
        Map<String, String> metadata = new TreeMap<>();
        if (f.customMetadata() != null) f.customMetadata().forEach((k, v) -> metadata.put(k, MetadataText.of(v)));
        Attributes attributes = Attributes.of(f.tags() == null ? List.of() : f.tags(), metadata,
                Optional.ofNullable(f.customCoordinates()));
        return new RemoteEntry(f.fileId(), f.filePath(), f.versionInfo() == null ? "" : f.versionInfo().id(),
                f.size() == null ? 0 : f.size(), f.updated().orElse(null), attributes);
    }

    @Override
    public RemoteEntry upload(String path, Content content, Attributes attributes, boolean newFile) {
        if (!(content instanceof FileContent file)) throw new IllegalArgumentException("uploads stream from files");
        Paths p = Paths.of(path);
        UploadRequest request = UploadRequest.of(file.path(), p.name()).folder(p.folder().value()).useUniqueFileName(false)
                .overwriteFile(!newFile).tags(List.copyOf(attributes.tags())).customMetadata(plain(attributes.metadata()));
        attributes.coordinates().ifPresent(request::customCoordinates);
        if (!newFile && isPrivate(p)) request.privateFile(true); // a new version without the flag would make the file public
        UploadResult r = client.uploads().upload(request);
        return entry(client.files().details(r.fileId()));
    }

    /** Whether the file at {@code p} is private: the service keeps that per version, and only an upload can set it. */
    private boolean isPrivate(Paths p) {
        String path = p.folder().value() + p.name();
        // searchQuery, not the legacy name parameter; a name it cannot quote lists the whole folder instead
        boolean quotable = p.name().chars().noneMatch(c -> c == '"' || c == '\\');
        FileQuery query = quotable ? FileQuery.all().path(p.folder().value()).searchQuery("name = \"" + p.name() + "\"")
                : FileQuery.all().type("file").path(p.folder().value());
        try (var files = client.files().files(query)) {
            return files.anyMatch(f -> path.equals(f.filePath()) && Boolean.TRUE.equals(f.privateFile()));
        }
    }

    @Override
    public RemoteEntry move(String id, String from, String to) {
        Paths source = Paths.of(from);
        Paths target = Paths.of(to);
        String at = from;
        if (!source.folder().equals(target.folder())) {
            client.files().move(from, target.folder().value());
            at = target.folder().value() + source.name();
        }
        if (!source.name().equals(target.name())) client.files().rename(at, target.name(), false);
        RemoteEntry moved = entry(client.files().details(id));
        if (!moved.path().equals(to)) throw new SyncException("the service put " + from + " at " + moved.path() + ", not " + to);
        return moved;
    }

    @Override
    public RemoteEntry update(String id, Attributes from, Attributes to) {
        FileUpdate update = FileUpdate.details();
        if (to.tags().isEmpty()) update.clearTags(); else update.tags(List.copyOf(to.tags()));
        if (to.coordinates().isPresent()) update.customCoordinates(to.coordinates().get()); else update.clearCustomCoordinates();
        Map<String, Object> metadata = new LinkedHashMap<>(plain(to.metadata()));
        from.metadata().keySet().stream().filter(k -> !to.metadata().containsKey(k)).forEach(k -> metadata.put(k, null));
        if (!metadata.isEmpty()) update.customMetadata(metadata);
        return entry(client.files().update(id, update));
    }

    @Override
    public void delete(String id) {
        client.files().delete(id);
    }

    @Override
    public List<String> olderVersions(String id) {
        String current = client.files().details(id).versionInfo().id();
        return client.versions().list(id).stream().map(v -> v.versionInfo().id()).filter(v -> !v.equals(current)).toList();
    }

    @Override
    public Content downloadVersion(String id, String versionId) {
        return FileContent.stage(staging, client.files().content(client.versions().get(id, versionId)));
    }

    @Override
    public Content download(String id) {
        return FileContent.stage(staging, client.files().content(client.files().details(id)));
    }

    private static Map<String, Object> plain(Map<String, String> metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> out.put(k, MetadataText.plain(v)));
        return out;
    }
}

package io.mediadesk.sync.sandbox;

import java.util.Comparator;
import java.util.List;

/**
 * File versions (spec 3.5-3.9): list, get, delete (never the current one) and restore, which makes
 * an older version current again without creating a new one.
 */
final class VersionHandler {
    private final Store store;
    private final FileJson json;

    VersionHandler(Store store, FileJson json) {
        this.store = store;
        this.json = json;
    }

    void register(Routes routes) {
        String one = "/v1/files/([^/]+)/versions/([^/]+)";
        routes.add("GET", "/v1/files/([^/]+)/versions", Family.FILES, this::list)
                .add("GET", one, Family.FILES, this::get)
                .add("DELETE", one, Family.FILES, this::delete)
                .add("PUT", one + "/restore", Family.FILES, this::restore);
    }

    private Reply list(Call call) {
        StoredFile file = store.requireFile(call.capture(0));
        List<Object> versions = file.versions.stream().sorted(Comparator.comparingInt(v -> v.number))
                .map(v -> (Object) json.file(file, v)).toList();
        return Reply.ok(versions);
    }

    private Reply get(Call call) {
        StoredFile file = store.requireFile(call.capture(0));
        return Reply.ok(json.file(file, version(file, call.capture(1))));
    }

    private Reply delete(Call call) {
        StoredFile file = store.requireFile(call.capture(0));
        Version version = version(file, call.capture(1));
        if (version.id.equals(file.currentId)) {
            throw ApiError.badRequest("You cannot delete current version of a file.");
        }
        file.versions.remove(version);
        store.dropUnreferenced(List.of(version.blob));
        return Reply.noContent();
    }

    private Reply restore(Call call) {
        StoredFile file = store.requireFile(call.capture(0));
        Version version = version(file, call.capture(1));
        file.currentId = version.id;
        version.updatedAt = store.now();
        return Reply.ok(json.file(file, version));
    }

    private static Version version(StoredFile file, String versionId) {
        return file.version(versionId).orElseThrow(() -> ApiError.notFound("The requested file version does not exist."));
    }
}

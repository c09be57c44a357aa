package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/files/upload} (spec 2): multipart in, the file committed as a new file or a
 * new version of the file at the same path, the spec's upload answer out. The body is streamed to
 * a temp file first and committed under the store's lock, so a dropped connection leaves nothing.
 */
final class UploadHandler {
    private final Store store;
    private final Account account;
    private final FileJson json;
    private final Content content = new Content();

    UploadHandler(Store store, Account account, FileJson json) {
        this.store = store;
        this.account = account;
        this.json = json;
    }

    void register(Routes routes) {
        routes.add("POST", "/api/v1/files/upload", Family.UPLOAD, this::upload);
    }

    private Reply upload(Call call) throws IOException {
        try (UploadForm form = UploadForm.read(call, store.blobs(), account.maxUploadBytes())) {
            return store.locked(() -> {
                if (call.header("Authorization").isEmpty()) {
                    new ClientSideUpload(store).check(form);
                }
                try {
                    Reply reply = commit(form);
                    store.save();
                    return reply;
                } finally {
                    store.changed();
                }
            });
        }
    }

    private Reply commit(UploadForm form) throws IOException {
        String fileName = form.field("fileName").filter(s -> !s.isBlank())
                .orElseThrow(() -> ApiError.badRequest("Missing fileName parameter for upload."));
        if (form.content == null) {
            throw ApiError.badRequest("Missing file parameter for upload.");
        }
        refuseUnsupported(form);
        String folder = Names.folderPath(form.field("folder").orElse("/"));
        boolean unique = form.flag("useUniqueFileName", true);
        String name = unique ? uniqueName(folder, Names.fileName(fileName)) : Names.fileName(fileName);
        StoredFile file = store.fileAt(folder + name).orElse(null);
        if (file != null) {
            refuseOverwrite(file, form);
        }
        Version version = details(form, file == null ? null : file.current());
        version.id = store.ids().objectId();
        content.describe(version, form.content, name);
        version.size = form.size;
        version.blob = store.blobs().adopt(form.content);
        form.content = null;
        if (file == null) {
            file = newFile(version, folder, name);
        } else {
            version.number = file.nextNumber();
            file.versions.add(version);
            file.currentId = version.id;
        }
        return Reply.ok(json.upload(file, version, responseFields(form)));
    }

    /** Replacing needs {@code overwriteFile} (default true) and room for one more version. */
    private static void refuseOverwrite(StoredFile file, UploadForm form) {
        if (!form.flag("overwriteFile", true)) {
            throw ApiError.badRequest("A file with the same name already exists at the exact location. We could not overwrite it"
                    + " because both overwriteFile and useUniqueFileName are set to false.");
        }
        if (file.versions.size() >= StoredFile.MAX_VERSIONS) {
            throw ApiError.reason(400, "VERSION_LIMIT_EXCEEDED", "A file can have at most " + StoredFile.MAX_VERSIONS + " versions.");
        }
    }

    private StoredFile newFile(Version version, String folder, String name) {
        StoredFile file = new StoredFile();
        file.id = version.id; // the service's first version shares the file's id
        file.folder = folder;
        file.name = name;
        version.number = 1;
        file.versions.add(version);
        file.currentId = version.id;
        store.ensureFolder(folder);
        store.state().files.put(file.id, file);
        return file;
    }

    /** The new version's details; what the request leaves out is dropped or kept by the overwrite* flags. */
    private Version details(UploadForm form, Version previous) throws JsonProcessingException {
        Version v = new Version();
        v.createdAt = store.now();
        v.updatedAt = v.createdAt;
        v.isPrivate = form.flag("isPrivateFile", false);
        v.isPublished = form.flag("isPublished", true);
        v.description = form.field("description").orElse(null);
        v.customCoordinates = form.field("customCoordinates").filter(s -> !s.isEmpty()).map(Tags::coordinates).orElse(null);
        boolean keep = previous != null;
        v.tags = form.field("tags").filter(s -> !s.isEmpty()).map(Tags::parse)
                .orElse(keep && !form.flag("overwriteTags", true) ? previous.tags : null);
        v.aiTags = keep && !form.flag("overwriteAITags", true) ? previous.aiTags : null;
        if (form.field("customMetadata").isPresent()) {
            JsonNode metadata = Json.MAPPER.readTree(form.field("customMetadata").get());
            MetadataValues.apply(store.state().fields, v.customMetadata, metadata == null ? Json.MAPPER.nullNode() : metadata, false);
        } else if (keep && !form.flag("overwriteCustomMetadata", true)) {
            v.customMetadata = new LinkedHashMap<>(previous.customMetadata);
        }
        return v;
    }

    private String uniqueName(String folder, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String extension = dot <= 0 ? "" : name.substring(dot);
        String candidate;
        do {
            candidate = base + "_" + store.ids().shortId() + extension;
        } while (store.fileAt(folder + candidate).isPresent());
        return candidate;
    }

    /** Extensions and transformations need services the sandbox does not run; refuse rather than ignore them. */
    private static void refuseUnsupported(UploadForm form) {
        for (String field : List.of("extensions", "transformation", "checks")) {
            String value = form.field(field).orElse("").trim();
            if (!value.isEmpty() && !value.equals("[]") && !value.equals("{}")) {
                throw ApiError.badRequest("The sandbox does not support the upload field '" + field + "'.");
            }
        }
    }

    private static Set<String> responseFields(UploadForm form) {
        return Arrays.stream(form.field("responseFields").orElse("").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}

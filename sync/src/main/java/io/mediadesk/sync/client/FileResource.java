package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.BulkOutcome;
import io.mediadesk.sync.client.model.FileMetadata;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.FileUpdate;
import io.mediadesk.sync.client.model.RemoteFile;
import io.mediadesk.sync.client.model.RemoteItem;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.url.DeliveryUrls;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Files in the media library (spec §3): list, details, update, delete, bulk edits, copy, move, rename, metadata. */
public final class FileResource {
    private static final TypeReference<RemoteFile> FILE = new TypeReference<>() { };
    private static final TypeReference<FileMetadata> METADATA = new TypeReference<>() { };
    private static final TypeReference<JsonNode> ANY = new TypeReference<>() { };

    /** How long the signed URL of a private file's content stays valid. */
    private static final long SIGNED_SECONDS = 600;

    private final Endpoints endpoints;
    private final BulkCalls bulk;
    private final PrivateKey key;

    FileResource(Endpoints endpoints, PrivateKey key) {
        this.endpoints = endpoints;
        this.key = key;
        this.bulk = new BulkCalls(endpoints);
    }

    /** Files and folders matching {@code query}, fetched page by page as the stream is read. */
    public Stream<RemoteItem> list(FileQuery query) {
        return FilePages.stream(endpoints, query);
    }

    /** Only the files (and file versions) of {@link #list}. */
    public Stream<RemoteFile> files(FileQuery query) {
        return list(query).filter(RemoteFile.class::isInstance).map(RemoteFile.class::cast);
    }

    public RemoteFile details(String fileId) {
        return endpoints.get(endpoints.api("v1", "files", fileId, "details").build(), FILE);
    }

    /** Applies {@code update}; setting the same values twice changes nothing, so it is retried freely. */
    public RemoteFile update(String fileId, FileUpdate update) {
        return endpoints.send("PATCH", endpoints.api("v1", "files", fileId, "details").build(), update.body(),
                Idempotency.IDEMPOTENT, FILE);
    }

    /** Deletes the file and all its versions. Does not purge the CDN cache. */
    public void delete(String fileId) {
        endpoints.sendForNothing("DELETE", endpoints.api("v1", "files", fileId).build(), null, Idempotency.IDEMPOTENT);
    }

    /** Deletes any number of files, 100 per request. */
    public BulkOutcome deleteAll(List<String> fileIds) {
        return bulk.run(endpoints.api("v1", "files", "batch", "deleteByFileIds").build(), fileIds, 100,
                "successfullyDeletedFileIds", Map.of());
    }

    /** Adds tags to any number of files, 50 per request; a 207 lists the files that failed. */
    public BulkOutcome addTags(List<String> fileIds, List<String> tags) {
        return bulk.run(endpoints.api("v1", "files", "addTags").build(), fileIds, 50, "successfullyUpdatedFileIds",
                Map.of("tags", List.copyOf(tags)));
    }

    public BulkOutcome removeTags(List<String> fileIds, List<String> tags) {
        return bulk.run(endpoints.api("v1", "files", "removeTags").build(), fileIds, 50, "successfullyUpdatedFileIds",
                Map.of("tags", List.copyOf(tags)));
    }

    public BulkOutcome removeAiTags(List<String> fileIds, List<String> aiTags) {
        return bulk.run(endpoints.api("v1", "files", "removeAITags").build(), fileIds, 50, "successfullyUpdatedFileIds",
                Map.of("AITags", List.copyOf(aiTags)));
    }

    /** Copies a file; a same-named file at the destination gains versions. Not retried once sent. */
    public void copy(String sourceFilePath, String destinationPath, boolean includeFileVersions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceFilePath", sourceFilePath);
        body.put("destinationPath", destinationPath);
        body.put("includeFileVersions", includeFileVersions);
        endpoints.sendForNothing("POST", endpoints.api("v1", "files", "copy").build(), body, Idempotency.NOT_IDEMPOTENT);
    }

    public void move(String sourceFilePath, String destinationPath) {
        endpoints.sendForNothing("POST", endpoints.api("v1", "files", "move").build(),
                Map.of("sourceFilePath", sourceFilePath, "destinationPath", destinationPath), Idempotency.NOT_IDEMPOTENT);
    }

    /** Renames every version; returns the purge request id when {@code purgeCache} was asked for. */
    public Optional<String> rename(String filePath, String newFileName, boolean purgeCache) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filePath", filePath);
        body.put("newFileName", newFileName);
        body.put("purgeCache", purgeCache);
        JsonNode answer = endpoints.send("PUT", endpoints.api("v1", "files", "rename").build(), body, Idempotency.NOT_IDEMPOTENT, ANY);
        return Optional.ofNullable(answer.get("purgeRequestId")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** EXIF and technical metadata of a stored file. */
    public FileMetadata metadata(String fileId) {
        return endpoints.get(endpoints.api("v1", "files", fileId, "metadata").build(), METADATA);
    }

    /** Metadata of any URL the account serves, transformed ones included ({@code /v1/metadata}, not the OpenAPI's path). */
    public FileMetadata metadataOfUrl(String url) {
        return endpoints.get(endpoints.api("v1", "metadata").addQueryParameter("url", url).build(), METADATA);
    }

    /**
     * The bytes a delivery URL serves (a file's {@code url}: its original when no transformation is
     * in it), read whole within the response cap. Retried like any read.
     */
    public byte[] content(String url) {
        return read(url);
    }

    /**
     * The bytes of a file or file version as the API described it, at its {@code url}: signed with
     * this client's key (valid ten minutes) when the file is private, whose original an unsigned URL
     * does not serve (spec 6.4).
     */
    public byte[] content(RemoteFile file) {
        if (!Boolean.TRUE.equals(file.privateFile())) return read(file.url());
        return read(DeliveryUrls.signServed(file.url(), file.filePath(), key, SIGNED_SECONDS, Clock.systemUTC()));
    }

    private byte[] read(String url) {
        okhttp3.Request request = new okhttp3.Request.Builder().url(okhttp3.HttpUrl.get(url)).get().build();
        return endpoints.executor().execute(new io.mediadesk.sync.client.http.ApiRequest(request, Idempotency.IDEMPOTENT),
                io.mediadesk.sync.client.http.ApiResponse::body, null, null);
    }
}

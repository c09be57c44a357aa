package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A file (or one version of it) in the media library (spec §3.1, file object). */
public record RemoteFile(
        String fileId, String type, String name, String filePath, List<String> tags,
        @JsonProperty("AITags") List<AiTag> aiTags, VersionInfo versionInfo,
        @JsonProperty("isPrivateFile") Boolean privateFile, @JsonProperty("isPublished") Boolean published,
        String customCoordinates, String url, String thumbnail, String fileType, String mime,
        Integer width, Integer height, Long size, Boolean hasAlpha,
        Map<String, Object> customMetadata, Map<String, Object> embeddedMetadata, String description,
        String createdAt, String updatedAt) implements RemoteItem {

    @Override
    public String path() {
        return filePath;
    }

    public Optional<Instant> created() {
        return Dates.parse(createdAt);
    }

    public Optional<Instant> updated() {
        return Dates.parse(updatedAt);
    }

    /** The folder holding the file, with a trailing slash ({@code /a/} for {@code /a/b.jpg}). */
    public String folder() {
        String p = filePath == null ? "/" : filePath;
        return p.substring(0, p.lastIndexOf('/') + 1);
    }
}

package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What the upload API answers (spec §2.3). Note {@code thumbnailUrl} here, where file details say
 * {@code thumbnail}. {@link #reconciled()} is true when the answer was lost and this was rebuilt
 * from the file found in the library instead (never read from the service's JSON).
 */
@JsonIgnoreProperties(value = "reconciled", allowGetters = true)
public record UploadResult(
        String fileId, String name, String filePath, String url, String thumbnailUrl,
        Integer height, Integer width, Long size, String fileType, VersionInfo versionInfo,
        @JsonProperty("AITags") List<AiTag> aiTags, List<String> tags,
        @JsonProperty("isPrivateFile") Boolean privateFile, @JsonProperty("isPublished") Boolean published,
        String customCoordinates, Map<String, Object> customMetadata, Map<String, Object> embeddedMetadata,
        Map<String, String> extensionStatus, String description, boolean reconciled) {

    /** The upload result a lost answer would have carried, rebuilt from the file's details. */
    public static UploadResult from(RemoteFile file) {
        return new UploadResult(file.fileId(), file.name(), file.filePath(), file.url(), file.thumbnail(),
                file.height(), file.width(), file.size(), file.fileType(), file.versionInfo(), file.aiTags(),
                file.tags(), file.privateFile(), file.published(), file.customCoordinates(), file.customMetadata(),
                file.embeddedMetadata(), null, file.description(), true);
    }
}

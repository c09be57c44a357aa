package io.mediadesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.error.DashboardManagedException;
import io.mediadesk.sync.client.model.FileUpdate;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import io.mediadesk.sync.client.model.NamedTransformation;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account-wide settings against the stand-in: custom metadata fields and named transformations. */
class SettingsAgainstSandboxTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private ImageKitClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        client = SandboxClients.client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void customMetadataFieldsCreateListUpdateUseAndDelete() {
        MetadataField brand = client.metadataFields().create("brand", "Brand", MetadataFieldSchema.of("Text"), "who made it");
        MetadataFieldSchema rating = new MetadataFieldSchema("Number", null, null, null, 0, 5, null, null);
        MetadataField stars = client.metadataFields().create("rating", "Rating", rating, null);
        assertThat(brand.id()).isNotBlank();
        assertThat(client.metadataFields().list(false, null)).extracting(MetadataField::name).containsExactlyInAnyOrder("brand", "rating");

        MetadataField relabelled = client.metadataFields().update(brand.id(), "Maker", null, null);
        assertThat(relabelled.label()).isEqualTo("Maker");

        var up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "a.txt", "a".getBytes(StandardCharsets.UTF_8)))
                .useUniqueFileName(false).customMetadata(Map.of("brand", "Acme")));
        client.files().update(up.fileId(), FileUpdate.details().customMetadata(Map.of("rating", 4)));
        assertThat(sandbox.file("/a.txt").orElseThrow().customMetadata()).containsEntry("brand", "Acme").containsEntry("rating", 4);
        assertThatThrownBy(() -> client.files().update(up.fileId(), FileUpdate.details().customMetadata(Map.of("rating", 9))))
                .isInstanceOf(ClientErrorException.class);

        client.metadataFields().delete(stars.id());
        assertThat(client.metadataFields().list(false, null)).extracting(MetadataField::name).containsExactly("brand");
        assertThat(client.metadataFields().list(true, null)).hasSize(2);
        assertThatThrownBy(() -> client.metadataFields().create("rating", "Again", MetadataFieldSchema.of("Text"), null))
                .as("a deleted field's name is never free again").isInstanceOf(ClientErrorException.class);
    }

    @Test
    void aFieldThatBreaksTheSchemaRulesIsRefusedWithPerFieldReasons() {
        MetadataFieldSchema bad = new MetadataFieldSchema("Text", null, null, null, 1, null, null, null);
        assertThatThrownBy(() -> client.metadataFields().create("bad", "Bad", bad, null))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().fieldErrors()).containsKey("minValue");
                });
    }

    @Test
    void namedTransformationsCreateListGetUpdateDelete() {
        NamedTransformation thumb = client.namedTransformations().create("thumb", "tr:w-100,h-100", true);
        assertThat(thumb.transformation()).isEqualTo("w-100,h-100");
        assertThat(client.namedTransformations().list()).extracting(NamedTransformation::name).containsExactly("thumb");
        assertThat(client.namedTransformations().get(thumb.id()).enabled()).isTrue();

        NamedTransformation changed = client.namedTransformations().update(thumb.id(), null, "w-200", false);
        assertThat(changed.transformation()).isEqualTo("w-200");
        assertThat(changed.enabled()).isFalse();

        client.namedTransformations().delete(thumb.id());
        assertThat(client.namedTransformations().list()).isEmpty();
        assertThatThrownBy(() -> client.namedTransformations().get(thumb.id()))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e).isNotInstanceOf(DashboardManagedException.class);
                });
    }

    @Test
    void anAccountWithoutTheApiIsDashboardManaged() {
        sandbox.namedTransformationsApi(false);
        assertThatThrownBy(() -> client.namedTransformations().list()).isInstanceOf(DashboardManagedException.class);
        assertThatThrownBy(() -> client.namedTransformations().create("x", "w-1", true)).isInstanceOf(DashboardManagedException.class);
        assertThat(sandbox.requests()).filteredOn(r -> r.path().startsWith("/v1/named-transformations")).hasSize(2);
    }

    @Test
    void nameRulesAreTheServicesAndTheTransformationIsCheckedWhenUsed() {
        assertThatThrownBy(() -> client.namedTransformations().create("has space", "w-100", true))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
        client.namedTransformations().create("small", "w-10", true);
        assertThatThrownBy(() -> client.namedTransformations().create("small", "w-20", true))
                .as("names are unique per account").isInstanceOf(ClientErrorException.class);
    }
}

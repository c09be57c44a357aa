package io.mediadesk.sync.side;

import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.error.DashboardManagedException;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.settings.FieldDef;
import io.mediadesk.sync.settings.FieldText;
import io.mediadesk.sync.settings.RemotePreset;
import io.mediadesk.sync.settings.RemoteSettings;
import java.util.List;
import java.util.Optional;

/**
 * The account's named transformations and custom metadata fields over the REST client. A 404 on the
 * named-transformations collection ({@link DashboardManagedException}) is an answer, not a failure:
 * the account manages them in the dashboard and the sync keeps presets local.
 */
public final class ClientSettings implements RemoteSettings {
    private final ImageKitClient client;

    public ClientSettings(ImageKitClient client) {
        this.client = client;
    }

    @Override
    public Optional<List<RemotePreset>> presets() {
        try {
            return Optional.of(client.namedTransformations().list().stream()
                    .map(n -> new RemotePreset(n.id(), n.name(), n.transformation() == null ? "" : n.transformation())).toList());
        } catch (DashboardManagedException e) {
            return Optional.empty();
        }
    }

    @Override
    public String createPreset(String name, String transformation) {
        return client.namedTransformations().create(name, transformation, true).id();
    }

    @Override
    public void updatePreset(String id, String transformation) {
        client.namedTransformations().update(id, null, transformation, null);
    }

    @Override
    public void deletePreset(String id) {
        client.namedTransformations().delete(id);
    }

    @Override
    public List<FieldDef> fields() {
        List<MetadataField> live = client.metadataFields().list(false, null);
        List<String> liveIds = live.stream().map(MetadataField::id).toList();
        return client.metadataFields().list(true, null).stream().map(f -> FieldText.def(f, !liveIds.contains(f.id()))).toList();
    }

    @Override
    public MetadataField field(String name) {
        return client.metadataFields().list(false, null).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the service has no field " + name + " any more"));
    }

    @Override
    public String createField(MetadataField field) {
        return client.metadataFields().create(field.name(), field.label(), field.schema(), field.description()).id();
    }
}

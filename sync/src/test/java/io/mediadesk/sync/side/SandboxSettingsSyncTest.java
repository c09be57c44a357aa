package io.mediadesk.sync.side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediadesk.library.Library;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import io.mediadesk.sync.client.model.NamedTransformation;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.settings.SettingsPlanner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets and field definitions through the real sync, library and REST client against the stand-in. */
class SandboxSettingsSyncTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Library library;
    private ImageKitClient client;
    private LibraryLocalSide local;
    private Presets presets;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(dir.resolve("lib"), Optional.empty());
        client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                PrivateKey.of(sandbox.privateKey()));
        local = new LibraryLocalSide(library, Clock.systemUTC());
        presets = new Presets(library.catalog().presets());
    }

    @AfterEach
    void stop() {
        local.close();
        library.close();
        sandbox.close();
    }

    private SyncOutcome sync() {
        SyncOutcome o = new SyncSession(local, new ClientRemoteSide(client, library.folder().resolve("sync-tmp")), library.catalog().syncLedger(),
                Dispatcher.parallel(2), Clock.systemUTC(), "test", Duration.ofMinutes(2))
                .withSettings(new LibrarySettings(library.catalog().presets(), library.assets()), new ClientSettings(client))
                .run(PlanOptions.DEFAULTS, Progress.NONE);
        assertTrue(o.settingsReport().failures().isEmpty(), () -> "failures: " + o.settingsReport().failures() + "\n" + o.settings().print());
        return o;
    }

    private Optional<NamedTransformation> atService(String name) {
        return client.namedTransformations().list().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    @Test
    void aPresetGoesUpAndAnEditAtTheServiceComesBackAsANewVersionBySync() {
        presets.set("thumb", "w-150,h-150");
        SyncOutcome first = sync();
        assertTrue(first.settings().print().contains("add       remote  preset thumb  w-150,h-150"), first.settings().print());
        assertEquals("w-150,h-150", atService("thumb").orElseThrow().transformation());

        client.namedTransformations().update(atService("thumb").orElseThrow().id(), null, "w-300,h-300", null);
        SyncOutcome second = sync();
        assertTrue(second.settings().print().contains("update    local   preset thumb  w-300,h-300 (was w-150,h-150)"), second.settings().print());
        List<PresetVersion> history = presets.history("thumb");
        assertEquals(List.of("w-150,h-150", "w-300,h-300"), history.stream().map(PresetVersion::transformation).toList());
        assertEquals(LibrarySettings.SYNC_ACTOR, history.get(1).actor());
        assertEquals("w-300,h-300", presets.get("thumb").transformation());

        SyncOutcome third = sync();
        assertTrue(third.settings().writes().isEmpty(), third.settings().print(true));
        assertEquals(1, client.namedTransformations().list().size());
    }

    @Test
    void editsOnBothSidesKeepBothAndTheNextSyncIsQuiet() {
        presets.set("hero", "w-100");
        sync();
        presets.set("hero", "w-200");
        client.namedTransformations().update(atService("hero").orElseThrow().id(), null, "w-300", null);
        SyncOutcome conflict = sync();
        assertEquals(1, conflict.settings().conflicts(), conflict.settings().print());
        assertEquals("w-200", presets.get("hero").transformation());
        assertEquals("w-300", presets.get("hero_conflict_1").transformation());
        assertEquals("w-200", atService("hero").orElseThrow().transformation());
        assertEquals("w-300", atService("hero_conflict_1").orElseThrow().transformation());
        assertTrue(sync().settings().writes().isEmpty());
    }

    @Test
    void aPresetThatUsesOneLaterInNameOrderGoesUpInTheSameRun() {
        presets.set("thumb", "w-150");
        presets.set("card", "n-thumb");
        SyncOutcome o = sync();
        assertEquals(2, o.settingsReport().applied(), o.settings().print());
        assertEquals("n-thumb", atService("card").orElseThrow().transformation());
        assertTrue(sync().settings().writes().isEmpty());
    }

    @Test
    void anAccountWithoutTheApiKeepsPresetsLocalAndSaysSo() {
        sandbox.namedTransformationsApi(false);
        presets.set("thumb", "w-150");
        SyncOutcome o = sync();
        assertTrue(o.settings().print().contains(SettingsPlanner.DASHBOARD), o.settings().print());
        assertTrue(o.settings().writes().isEmpty());
        assertEquals("w-150", presets.get("thumb").transformation());
    }

    @Test
    void fieldDefinitionsGoBothWaysAndADifferentTypeWaitsForADecision() {
        library.assets().defineField(new CustomField("alt", "Alt text", FieldSchema.of(FieldType.TEXT).withLength(null, 100)));
        client.metadataFields().create("rating", "Rating", new MetadataFieldSchema("Number", null, null, null, 1, 5, null, null), null);
        library.assets().defineField(new CustomField("shot", "Shot", FieldSchema.of(FieldType.DATE)));
        client.metadataFields().create("shot", "Shot", MetadataFieldSchema.of("Text"), null);
        SyncOutcome o = sync();
        String plan = o.settings().print();
        assertTrue(plan.contains("add       remote  field alt  Text maxLength=100"), plan);
        assertTrue(plan.contains("add       local   field rating  Number minValue=1 maxValue=5"), plan);
        assertTrue(plan.contains("decide            field shot  type Date in the library, Text at the service"), plan);
        assertEquals(1, o.settings().decisions());
        MetadataField alt = client.metadataFields().list(false, null).stream().filter(f -> f.name().equals("alt")).findFirst().orElseThrow();
        assertEquals(100, alt.schema().maxLength());
        assertEquals(FieldType.NUMBER, library.assets().schema().field("rating").orElseThrow().type());
        assertEquals(FieldType.DATE, library.assets().schema().field("shot").orElseThrow().type());
        SyncOutcome again = sync();
        assertTrue(again.settings().writes().isEmpty(), again.settings().print(true));
        assertEquals(1, again.settings().decisions());
    }
}

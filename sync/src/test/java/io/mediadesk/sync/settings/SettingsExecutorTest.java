package io.mediadesk.sync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.plan.PlanOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The executor's order, journal and resume rules, with in-memory sides. */
class SettingsExecutorTest {
    private final Ledger ledger = new Ledger();
    private final Library library = new Library();
    private final Service service = new Service();
    private final SettingsSync sync = new SettingsSync(library, service, ledger, Clock.systemUTC());

    @Test
    void everyStepIsJournaledBeforeAndAfterAndAdvancesTheBase() {
        library.presets.put("thumb", "w-150");
        SettingsReport r = sync.run(sync.plan(PlanOptions.DEFAULTS), "run-1");
        assertEquals(1, r.applied());
        assertEquals(List.of("preset.add.remote begun", "preset.add.remote done"), ledger.trail);
        assertEquals(List.of(new PresetBase("thumb", "nt1", "w-150")), new SettingsLedger(ledger).presets(ledger.base()));
        assertTrue(sync.plan(PlanOptions.DEFAULTS).steps().isEmpty());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsLinkedNotMadeTwice() {
        library.presets.put("thumb", "w-150");
        service.loseNextAnswer = true;
        SettingsReport r = sync.run(sync.plan(PlanOptions.DEFAULTS), "run-1");
        assertEquals(1, r.failures().size());
        SettingsPlan next = sync.plan(PlanOptions.DEFAULTS);
        assertEquals(List.of(SettingStep.Op.PRESET_LINK), next.steps().stream().map(SettingStep::op).toList());
        sync.run(next, "run-2");
        assertEquals(1, service.presets.size());
        assertTrue(sync.plan(PlanOptions.DEFAULTS).steps().isEmpty());
    }

    @Test
    void whenKeepingTheServicesTextFailsItIsNotOverwritten() {
        library.presets.put("hero", "w-100");
        sync.run(sync.plan(PlanOptions.DEFAULTS), "run-1");
        library.presets.put("hero", "w-200");
        service.presets.put("nt1", new RemotePreset("nt1", "hero", "w-300"));
        library.refuse = "hero_conflict_1";
        SettingsReport r = sync.run(sync.plan(PlanOptions.DEFAULTS), "run-2");
        assertEquals(3, r.failures().size(), r.failures().toString());
        assertEquals("w-300", service.presets.get("nt1").transformation());
        library.refuse = null;
        sync.run(sync.plan(PlanOptions.DEFAULTS), "run-3");
        assertEquals("w-200", service.presets.get("nt1").transformation());
        assertEquals("w-300", library.presets.get("hero_conflict_1"));
    }

    @Test
    void aPulledPresetThatUsesOneLaterInNameOrderIsRetriedInTheSameRun() {
        service.presets.put("nt1", new RemotePreset("nt1", "card", "n-thumb,w-10"));
        service.presets.put("nt2", new RemotePreset("nt2", "thumb", "w-150"));
        SettingsReport r = sync.run(sync.plan(PlanOptions.DEFAULTS), "run-1");
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        assertEquals(2, r.applied());
        assertEquals("n-thumb,w-10", library.presets.get("card"));
        assertTrue(sync.plan(PlanOptions.DEFAULTS).steps().isEmpty());
    }

    @Test
    void deletingMostSyncedPresetsWaitsForYesAndThenKeepsTheirHistoryInTheTrash() {
        service.presets.put("nt1", new RemotePreset("nt1", "thumb", "w-150"));
        sync.run(sync.plan(PlanOptions.DEFAULTS), "run-1");
        service.presets.clear();
        service.presets.put("nt2", new RemotePreset("nt2", "other", "w-1"));
        library.presets.put("other", "w-1");
        SettingsPlan held = sync.plan(PlanOptions.DEFAULTS);
        assertTrue(held.presetRefusal().orElseThrow().overridable(), held.print());
        assertTrue(held.steps().isEmpty());
        assertEquals(0, sync.run(held, "run-2").applied());
        assertTrue(library.presets.containsKey("thumb"));
        SettingsPlan p = sync.plan(PlanOptions.DEFAULTS.withConfirmed(true));
        assertEquals(List.of(SettingStep.Op.PRESET_LINK, SettingStep.Op.PRESET_PULL_DELETE), p.steps().stream().map(SettingStep::op).toList());
        sync.run(p, "run-3");
        assertFalse(library.presets.containsKey("thumb"));
        assertTrue(library.trash.contains("thumb"));
        assertTrue(sync.plan(PlanOptions.DEFAULTS).steps().isEmpty());
    }

    /** Presets whose {@code n-NAME} must name a live preset, as the library's rules say. */
    static final class Library implements LocalSettings {
        final Map<String, String> presets = new TreeMap<>();
        final Set<String> trash = new HashSet<>();
        String refuse;

        @Override
        public Map<String, String> presets() {
            return new TreeMap<>(presets);
        }

        @Override
        public Set<String> presetNames() {
            Set<String> all = new HashSet<>(presets.keySet());
            all.addAll(trash);
            return all;
        }

        @Override
        public void putPreset(String name, String transformation) {
            if (name.equals(refuse)) throw new IllegalStateException("disk full");
            if (transformation.startsWith("n-")) {
                String ref = transformation.substring(2, transformation.indexOf(','));
                if (!presets.containsKey(ref)) throw new IllegalArgumentException("unknown preset " + ref);
            }
            presets.put(name, transformation);
            trash.remove(name);
        }

        @Override
        public void trashPreset(String name) {
            presets.remove(name);
            trash.add(name);
        }

        @Override
        public List<FieldDef> fields() {
            return List.of();
        }

        @Override
        public MetadataField field(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void defineField(MetadataField field) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Service implements RemoteSettings {
        final Map<String, RemotePreset> presets = new LinkedHashMap<>();
        boolean loseNextAnswer;
        private int ids;

        @Override
        public Optional<List<RemotePreset>> presets() {
            return Optional.of(new ArrayList<>(presets.values()));
        }

        @Override
        public String createPreset(String name, String transformation) {
            if (presets.values().stream().anyMatch(p -> p.name().equals(name))) {
                throw new IllegalStateException("A named transformation with this name already exists.");
            }
            String id = "nt" + (++ids);
            presets.put(id, new RemotePreset(id, name, transformation));
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw new IllegalStateException("connection reset after the service committed");
            }
            return id;
        }

        @Override
        public void updatePreset(String id, String transformation) {
            RemotePreset r = presets.get(id);
            presets.put(id, new RemotePreset(id, r.name(), transformation));
        }

        @Override
        public void deletePreset(String id) {
            presets.remove(id);
        }

        @Override
        public List<FieldDef> fields() {
            return List.of();
        }

        @Override
        public MetadataField field(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String createField(MetadataField field) {
            throw new UnsupportedOperationException();
        }
    }

    /** Base rows and the journal's trail; the lease and version hashes are not used here. */
    static final class Ledger implements SyncLedger {
        final Map<String, BaseRecord> base = new TreeMap<>();
        final List<String> trail = new ArrayList<>();
        private final Map<Long, String> actions = new LinkedHashMap<>();
        private long seq;

        @Override
        public List<BaseRecord> base() {
            return List.copyOf(base.values());
        }

        @Override
        public void putBase(BaseRecord r) {
            base.values().removeIf(b -> b.remoteId().equals(r.remoteId()));
            base.put(r.localId(), r);
        }

        @Override
        public void forgetBase(String localId) {
            base.remove(localId);
        }

        @Override
        public Map<String, String> versionHashes() {
            return Map.of();
        }

        @Override
        public void putVersionHash(String remoteId, String versionId, String contentHash) {
        }

        @Override
        public long begin(JournalRecord step) {
            actions.put(++seq, step.action());
            trail.add(step.action() + " begun");
            return seq;
        }

        @Override
        public void finish(long s, String state, String detail) {
            trail.add(actions.get(s) + " " + state);
        }

        @Override
        public List<JournalRecord> unsettled() {
            return List.of();
        }

        @Override
        public void settle(String state, String currentRun) {
        }

        @Override
        public boolean acquireLease(String owner, Instant now, Duration ttl) {
            return true;
        }

        @Override
        public void releaseLease(String owner) {
        }
    }
}

package io.mediadesk.sync.sim;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.settings.FieldDef;
import io.mediadesk.sync.settings.LocalSettings;
import io.mediadesk.sync.settings.PresetBase;
import io.mediadesk.sync.settings.RemotePreset;
import io.mediadesk.sync.settings.RemoteSettings;
import io.mediadesk.sync.settings.SettingsLedger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The presets half of the simulation: the library's presets with their full history (a version is
 * never rewritten; the trash keeps it), the account's named transformations behind the same fault
 * schedule and killer as its files, and the people editing both. Transformation texts are unique
 * ({@code w-N}), so "no preset version lost" is checkable: every text seen on either side before a
 * sync is afterwards in some library preset's history, or at the service, or was overwritten or
 * deleted there by a person.
 */
final class PresetWorld {
    private static final String[] NAMES = {"thumb", "hero", "banner", "card", "logo", "icon"};
    /** {@code -Dsim.presets=false}: no preset edits, to measure what the presets add to a slice. */
    private static final boolean EDITS = !"false".equals(System.getProperty("sim.presets"));

    /** A library preset: its versions oldest first, and whether it sits in the trash. */
    static final class Local {
        final List<String> versions = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        boolean trashed;

        String current() {
            return versions.get(versions.size() - 1);
        }
    }

    final Map<String, Local> library = new TreeMap<>();
    final Map<String, RemotePreset> service = new TreeMap<>();
    final Set<String> observed = new HashSet<>();
    final Set<String> destroyedByUsers = new HashSet<>();
    final boolean api;
    private final Random rnd;
    private final Killer killer;
    private final FaultSchedule faults;
    private int texts;
    private int ids;

    PresetWorld(Random rnd, Killer killer, FaultSchedule faults) {
        this.rnd = rnd;
        this.killer = killer;
        this.faults = faults;
        this.api = rnd.nextInt(10) != 0;
    }

    private String text() {
        return "w-" + (++texts);
    }

    int steps;
    long conflicts;

    void editLibrary(int n) {
        if (!EDITS) return;
        for (int i = 0; i < n; i++) {
            String name = NAMES[rnd.nextInt(NAMES.length)];
            Local p = library.get(name);
            if (p != null && !p.trashed && rnd.nextInt(4) == 0) {
                p.trashed = true;
            } else {
                write(name, text(), "person");
            }
        }
    }

    void editService(int n) {
        if (!api || !EDITS) return;
        for (int i = 0; i < n; i++) {
            String name = NAMES[rnd.nextInt(NAMES.length)];
            RemotePreset r = byName(name);
            if (r == null) {
                String id = "nt" + (++ids);
                service.put(id, new RemotePreset(id, name, text()));
            } else {
                destroyedByUsers.add(r.transformation());
                if (rnd.nextInt(4) == 0) service.remove(r.id());
                else service.put(r.id(), new RemotePreset(r.id(), name, text()));
            }
        }
    }

    private RemotePreset byName(String name) {
        return service.values().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void write(String name, String text, String author) {
        Local p = library.computeIfAbsent(name, k -> new Local());
        if (!p.versions.isEmpty() && !p.trashed && p.current().equals(text)) return;
        p.versions.add(text);
        p.authors.add(author);
        p.trashed = false;
    }

    void observe() {
        library.values().stream().filter(p -> !p.trashed).forEach(p -> observed.add(p.current()));
        service.values().forEach(r -> observed.add(r.transformation()));
    }

    /** What the person does when the brake says a side looks empty: the same on the other side. */
    void humanAnswersEmptySide(List<PresetBase> base) {
        if (service.isEmpty()) {
            base.forEach(b -> Optional.ofNullable(library.get(b.name())).ifPresent(p -> p.trashed = true));
        } else {
            base.forEach(b -> {
                RemotePreset r = service.remove(b.remoteId());
                if (r != null) destroyedByUsers.add(r.transformation());
            });
        }
    }

    void checkNothingLost() {
        Set<String> kept = new HashSet<>();
        library.values().forEach(p -> kept.addAll(p.versions));
        service.values().forEach(r -> kept.add(r.transformation()));
        for (String t : observed) {
            if (!kept.contains(t) && !destroyedByUsers.contains(t)) throw new AssertionError("preset version " + t + " was lost");
        }
        for (Local p : library.values()) {
            for (int i = 0; i < p.versions.size(); i++) {
                if (!p.authors.get(i).equals("person") && !p.authors.get(i).equals("sync")) throw new AssertionError("unknown author");
            }
        }
    }

    void checkConverged(MemoryLedger ledger) {
        if (!api) return;
        Map<String, String> live = new TreeMap<>();
        library.forEach((n, p) -> {
            if (!p.trashed) live.put(n, p.current());
        });
        Map<String, String> remote = new TreeMap<>();
        service.values().forEach(r -> remote.put(r.name(), r.transformation()));
        if (!live.equals(remote)) throw new AssertionError("presets differ: library " + live + ", service " + remote);
        Map<String, String> base = new TreeMap<>();
        new SettingsLedger(ledger).presets(ledger.base()).forEach(b -> base.put(b.name(), b.transformation()));
        if (!base.equals(live)) throw new AssertionError("preset base " + base + " differs from " + live);
    }

    LocalSettings local() {
        return new LocalSettings() {
            @Override
            public Map<String, String> presets() {
                Map<String, String> out = new LinkedHashMap<>();
                library.forEach((n, p) -> {
                    if (!p.trashed) out.put(n, p.current());
                });
                return out;
            }

            @Override
            public Set<String> presetNames() {
                return new HashSet<>(library.keySet());
            }

            @Override
            public void putPreset(String name, String transformation) {
                killer.tick();
                write(name, transformation, "sync");
            }

            @Override
            public void trashPreset(String name) {
                killer.tick();
                Local p = library.get(name);
                if (p != null) p.trashed = true;
            }

            @Override
            public List<FieldDef> fields() {
                return List.of();
            }

            @Override
            public MetadataField field(String name) {
                throw new IllegalStateException("no fields in the simulation");
            }

            @Override
            public void defineField(MetadataField field) {
                throw new IllegalStateException("no fields in the simulation");
            }
        };
    }

    RemoteSettings remote() {
        return new RemoteSettings() {
            @Override
            public Optional<List<RemotePreset>> presets() {
                if (!api) return Optional.empty();
                faults.listing();
                List<RemotePreset> all = new ArrayList<>(service.values());
                java.util.Collections.shuffle(all, rnd);
                return Optional.of(all);
            }

            @Override
            public String createPreset(String name, String transformation) {
                faults.before("preset.create");
                killer.tick();
                if (byName(name) != null) throw new SyncException("409 a named transformation " + name + " exists");
                String id = "nt" + (++ids);
                service.put(id, new RemotePreset(id, name, transformation));
                faults.after("preset.create");
                return id;
            }

            @Override
            public void updatePreset(String id, String transformation) {
                faults.before("preset.update");
                killer.tick();
                RemotePreset r = service.get(id);
                if (r == null) throw new SyncException("404 no named transformation " + id);
                service.put(id, new RemotePreset(id, r.name(), transformation));
                faults.after("preset.update");
            }

            @Override
            public void deletePreset(String id) {
                faults.before("preset.delete");
                killer.tick();
                service.remove(id);
                faults.after("preset.delete");
            }

            @Override
            public List<FieldDef> fields() {
                return List.of();
            }

            @Override
            public MetadataField field(String name) {
                throw new IllegalStateException("no fields in the simulation");
            }

            @Override
            public String createField(MetadataField field) {
                throw new IllegalStateException("no fields in the simulation");
            }
        };
    }
}

package io.mediadesk.sync.settings;

import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.Resolution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pure planning step for presets and field definitions: three snapshots in, a {@link SettingsPlan}
 * out, no I/O. The preset table (B base, L library, R service; "-" absent, the trash counts as absent):
 * <pre>
 *  B  L  R            plan
 *  -  L  -            add remote
 *  -  -  R            add local (a version authored by the sync)
 *  -  X  X / B B B    link (base only) / nothing
 *  B  L' B            update remote
 *  B  B  R'           update local (new version, history kept)
 *  B  X  X            link: both made the same edit
 *  -  L  R / B L' R'  conflict: the library keeps the name and its text goes to the service; the
 *                     service's text is kept as a new preset NAME_conflict_N on both sides (copied
 *                     in the library first; a copy already there from a stopped run is not made twice)
 *  B  -  B            delete remote (counts for the brakes)
 *  B  B  -            delete local: to the trash, history kept (counts for the brakes)
 *  B  -  R'           edit beats delete: add local (revived from the trash with R')
 *  B  L' -            edit beats delete: add remote
 *  B  -  -            forget the base
 * </pre>
 * An account without the named-transformations API (404) plans no preset step and says why. An
 * empty listing on one side never becomes deletes on the other (refused, {@code --yes} or not); more
 * deletions than the options allow wait for {@code --yes}. Field definitions: a field on one side
 * only is created on the other; the same type and rules on both sides are linked; different type or
 * rules, or a local field whose name the service holds for a deleted field, need a person's decision
 * and change nothing.
 *
 * <p>A person's {@link Resolution} for {@code preset NAME} ({@link PlanOptions#resolution}) settles
 * that preset's conflict otherwise: keep library pushes the library's text (or its delete), keep
 * service pulls the service's (or its delete), and no copy is made. Every conflict is also listed
 * with both sides ({@link SettingsConflict}); a field's has no choice.
 */
public final class SettingsPlanner {
    /** What the plan says for an account that answered 404 on named transformations. */
    public static final String DASHBOARD = "named transformations are managed in the dashboard for this account; presets stay local";

    private static final List<Resolution> THREE = List.of(Resolution.KEEP_BOTH, Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE);
    private static final List<Resolution> TWO = List.of(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE);

    public SettingsPlan plan(SettingsSnapshot s, PlanOptions options) {
        List<SettingStep> steps = new ArrayList<>();
        List<SettingsNote> notes = new ArrayList<>();
        List<SettingsConflict> conflicts = new ArrayList<>();
        fields(s, steps, notes, conflicts);
        Optional<SettingsPlan.Refused> refused = Optional.empty();
        if (s.remotePresets().isEmpty()) {
            if (!s.localPresets().isEmpty() || !s.presetBase().isEmpty()) notes.add(new SettingsNote(SettingsNote.NOTE, "presets", DASHBOARD));
        } else {
            List<SettingStep> presetSteps = new ArrayList<>();
            presets(s, s.remotePresets().get(), presetSteps, notes, conflicts, options);
            refused = brakes(s, presetSteps, options);
            if (refused.isEmpty()) {
                steps.addAll(presetSteps);
            } else {
                notes.removeIf(n -> n.subject().startsWith("preset "));
                conflicts.removeIf(c -> c.subject().startsWith("preset "));
            }
        }
        conflicts.sort(java.util.Comparator.comparing(SettingsConflict::subject));
        return new SettingsPlan(steps, notes, refused, conflicts);
    }

    private static void presets(SettingsSnapshot s, List<RemotePreset> remoteList, List<SettingStep> steps, List<SettingsNote> notes,
            List<SettingsConflict> conflicts, PlanOptions options) {
        Map<String, RemotePreset> remote = new TreeMap<>();
        remoteList.forEach(r -> remote.put(r.name(), r));
        Map<String, PresetBase> base = new TreeMap<>();
        s.presetBase().forEach(b -> base.put(b.name(), b));
        Set<String> names = new TreeSet<>(s.localPresets().keySet());
        names.addAll(remote.keySet());
        names.addAll(base.keySet());
        Set<String> reserved = new HashSet<>(s.localTaken());
        reserved.addAll(s.localPresets().keySet());
        reserved.addAll(remote.keySet());
        reserved.addAll(base.keySet());
        for (String name : names) {
            String l = s.localPresets().get(name);
            RemotePreset rp = remote.get(name);
            String r = rp == null ? null : rp.transformation();
            String rid = rp == null ? null : rp.id();
            PresetBase b = base.get(name);
            if (b == null) {
                if (l != null && r == null) {
                    steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_CREATE, name, l, null, ""));
                } else if (l == null && r != null) {
                    steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_CREATE, name, r, rid, ""));
                } else if (l != null) {
                    if (l.equals(r)) {
                        steps.add(new SettingStep(SettingStep.Op.PRESET_LINK, name, l, rid, ""));
                    } else {
                        conflict(s, name, l, r, rid, null, "added on both sides", reserved, steps, notes, conflicts, options);
                    }
                }
                continue;
            }
            String bt = b.transformation();
            if (l == null && r == null) {
                steps.add(new SettingStep(SettingStep.Op.PRESET_FORGET, name, "", b.remoteId(), "deleted on both sides"));
            } else if (l == null) {
                if (r.equals(bt)) {
                    steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_DELETE, name, r, rid, ""));
                } else {
                    String subject = "preset " + name;
                    Resolution chosen = chosen(options, subject, TWO, Resolution.KEEP_SERVICE);
                    if (chosen == Resolution.KEEP_LIBRARY) {
                        notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, "deleted in the library, edited at the service: the delete is kept, as chosen"));
                        steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_DELETE, name, r, rid, ""));
                    } else {
                        notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, "deleted in the library, edited at the service: the edit is kept"));
                        steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_CREATE, name, r, rid, ""));
                    }
                    conflicts.add(new SettingsConflict(subject, Optional.empty(), Optional.of(r), Optional.of(bt), TWO,
                            Resolution.KEEP_SERVICE, chosen, "deleted in the library, edited at the service"));
                }
            } else if (r == null) {
                if (l.equals(bt)) {
                    steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_DELETE, name, l, b.remoteId(), ""));
                } else {
                    String subject = "preset " + name;
                    Resolution chosen = chosen(options, subject, TWO, Resolution.KEEP_LIBRARY);
                    if (chosen == Resolution.KEEP_SERVICE) {
                        notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, "edited in the library, deleted at the service: the delete is kept, as chosen"));
                        steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_DELETE, name, l, b.remoteId(), ""));
                    } else {
                        notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, "edited in the library, deleted at the service: the edit is kept"));
                        steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_CREATE, name, l, null, ""));
                    }
                    conflicts.add(new SettingsConflict(subject, Optional.of(l), Optional.empty(), Optional.of(bt), TWO,
                            Resolution.KEEP_LIBRARY, chosen, "edited in the library, deleted at the service"));
                }
            } else if (l.equals(r)) {
                if (!l.equals(bt) || !rid.equals(b.remoteId())) steps.add(new SettingStep(SettingStep.Op.PRESET_LINK, name, l, rid, ""));
            } else if (r.equals(bt)) {
                steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_UPDATE, name, l, rid, l + " (was " + bt + ")"));
            } else if (l.equals(bt)) {
                steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_UPDATE, name, r, rid, r + " (was " + bt + ")"));
            } else {
                conflict(s, name, l, r, rid, bt, "edited on both sides", reserved, steps, notes, conflicts, options);
            }
        }
    }

    /**
     * Keeps both: the library's text keeps the name on both sides; the service's text becomes (or
     * already is, after a run that stopped halfway) a preset {@code NAME_conflict_N}.
     */
    private static void conflict(SettingsSnapshot s, String name, String l, String r, String rid, String bt, String how,
            Set<String> reserved, List<SettingStep> steps, List<SettingsNote> notes, List<SettingsConflict> conflicts, PlanOptions options) {
        String subject = "preset " + name;
        Resolution chosen = chosen(options, subject, THREE, Resolution.KEEP_BOTH);
        conflicts.add(new SettingsConflict(subject, Optional.of(l), Optional.of(r), Optional.ofNullable(bt), THREE, Resolution.KEEP_BOTH,
                chosen, how));
        if (chosen == Resolution.KEEP_LIBRARY) {
            notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, how + ": the library's " + l + " is kept, as chosen"));
            steps.add(rid == null ? new SettingStep(SettingStep.Op.PRESET_PUSH_CREATE, name, l, null, "")
                    : new SettingStep(SettingStep.Op.PRESET_PUSH_UPDATE, name, l, rid, l + " (was " + r + ")"));
            return;
        }
        if (chosen == Resolution.KEEP_SERVICE) {
            notes.add(new SettingsNote(SettingsNote.CONFLICT, subject, how + ": the service's " + r + " is kept, as chosen"));
            steps.add(new SettingStep(SettingStep.Op.PRESET_PULL_UPDATE, name, r, rid, r + " (was " + l + ")"));
            return;
        }
        String prefix = copyPrefix(name);
        Optional<String> kept = s.localPresets().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals(r)).map(Map.Entry::getKey).findFirst();
        String copy = kept.orElseGet(() -> {
            int n = 1;
            while (reserved.contains(prefix + n)) n++;
            reserved.add(prefix + n);
            return prefix + n;
        });
        notes.add(new SettingsNote(SettingsNote.CONFLICT, "preset " + name, how + ": the library's " + l + " keeps the name, the service's "
                + r + " is kept as " + copy));
        if (kept.isEmpty()) {
            steps.add(new SettingStep(SettingStep.Op.PRESET_KEEP_COPY, copy, r, null, r + " (the service's " + name + ")"));
            steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_CREATE, copy, r, null, ""));
        }
        if (rid == null) {
            steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_CREATE, name, l, null, ""));
        } else {
            steps.add(new SettingStep(SettingStep.Op.PRESET_PUSH_UPDATE, name, l, rid, l + " (was " + r + ")"));
        }
    }

    private static Resolution chosen(PlanOptions options, String subject, List<Resolution> choices, Resolution byDefault) {
        Resolution r = options.resolution(subject);
        return choices.contains(r) ? r : byDefault;
    }

    /** {@code NAME_conflict_}, shortened so the copy's name stays within the preset name limit. */
    static String copyPrefix(String name) {
        String suffix = "_conflict_";
        int room = io.mediadesk.library.preset.Preset.MAX_NAME_LENGTH - suffix.length() - 4;
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }

    private static Optional<SettingsPlan.Refused> brakes(SettingsSnapshot s, List<SettingStep> steps, PlanOptions options) {
        int synced = s.presetBase().size();
        if (synced == 0) return Optional.empty();
        long localDeletes = steps.stream().filter(st -> st.op() == SettingStep.Op.PRESET_PULL_DELETE).count();
        long remoteDeletes = steps.stream().filter(st -> st.op() == SettingStep.Op.PRESET_PUSH_DELETE).count();
        if (s.remotePresets().orElseThrow().isEmpty() && localDeletes > 0) {
            return Optional.of(new SettingsPlan.Refused("the service lists no named transformations while " + synced
                    + " presets were synced; no preset is deleted on a listing that looks empty", false));
        }
        if (s.localPresets().isEmpty() && remoteDeletes > 0) {
            return Optional.of(new SettingsPlan.Refused("the library has no presets while " + synced
                    + " were synced; no named transformation is deleted on a library that looks empty", false));
        }
        if (options.confirmed()) return Optional.empty();
        for (String side : List.of("local", "remote")) {
            long deletes = steps.stream().filter(st -> st.op().deletes() && st.op().side().equals(side)).count();
            String where = side.equals("local") ? "in the library" : "at the service";
            if (deletes * 100 > (long) options.maxDeletePercent() * synced) {
                return Optional.of(new SettingsPlan.Refused("the plan deletes " + deletes + " of " + synced + " synced presets " + where
                        + " (more than " + options.maxDeletePercent() + "%)", true));
            }
            if (deletes > options.maxDeletes()) {
                return Optional.of(new SettingsPlan.Refused("the plan deletes " + deletes + " presets " + where + " (more than "
                        + options.maxDeletes() + ")", true));
            }
        }
        return Optional.empty();
    }

    private static void fields(SettingsSnapshot s, List<SettingStep> steps, List<SettingsNote> notes, List<SettingsConflict> conflicts) {
        Map<String, FieldDef> local = new TreeMap<>();
        s.localFields().forEach(f -> local.put(f.name(), f));
        Map<String, FieldDef> remote = new TreeMap<>();
        s.remoteFields().forEach(f -> remote.put(f.name(), f));
        Map<String, FieldDef> base = new TreeMap<>();
        s.fieldBase().forEach(f -> base.put(f.name(), f));
        Set<String> names = new TreeSet<>(local.keySet());
        names.addAll(remote.keySet());
        for (String name : names) {
            FieldDef l = local.get(name);
            FieldDef r = remote.get(name);
            String subject = "field " + name;
            if (l == null) {
                if (!r.deleted()) steps.add(new SettingStep(SettingStep.Op.FIELD_PULL_CREATE, name, r.shape(), r.id(), ""));
            } else if (r == null) {
                steps.add(new SettingStep(SettingStep.Op.FIELD_PUSH_CREATE, name, l.shape(), null, ""));
            } else if (r.deleted()) {
                conflicts.add(decide(subject, l, r, base.get(name), "the service deleted its field and never reuses the name"));
                notes.add(new SettingsNote(SettingsNote.DECIDE, subject, "the service deleted its field " + name
                        + " and never reuses the name; rename or drop the library's field to sync it"));
            } else if (!l.type().equals(r.type())) {
                conflicts.add(decide(subject, l, r, base.get(name), "the types differ (a type never changes at the service)"));
                notes.add(new SettingsNote(SettingsNote.DECIDE, subject, "type " + l.type() + " in the library, " + r.type()
                        + " at the service (a type never changes there): make the two agree"));
            } else if (!l.sameShape(r)) {
                conflicts.add(decide(subject, l, r, base.get(name), "the rules differ"));
                notes.add(new SettingsNote(SettingsNote.DECIDE, subject, "rules differ: library " + l.shape() + "; service " + r.shape()
                        + ": make the two agree"));
            } else {
                FieldDef b = base.get(name);
                if (b == null || !b.sameShape(l)) steps.add(new SettingStep(SettingStep.Op.FIELD_LINK, name, l.shape(), r.id(), ""));
            }
        }
    }

    private static SettingsConflict decide(String subject, FieldDef l, FieldDef r, FieldDef b, String text) {
        return new SettingsConflict(subject, Optional.of(l.shape()), Optional.of(r.shape() + (r.deleted() ? " (deleted)" : "")),
                Optional.ofNullable(b).map(FieldDef::shape), List.of(), Resolution.KEEP_BOTH, Resolution.KEEP_BOTH, text);
    }
}

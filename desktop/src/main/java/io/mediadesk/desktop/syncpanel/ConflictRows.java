package io.mediadesk.desktop.syncpanel;

import io.mediadesk.sync.plan.Conflict;
import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.settings.SettingsConflict;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.desktop.transform.ByteCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The plans' conflicts as {@link ConflictRow}s: assets first (by path), then presets and fields.
 * Pure: the sides, the choices and the applied choice are the sync module's; this only lays them
 * out field by field and says each choice's effect in words.
 */
public final class ConflictRows {
    static final String ABSENT = "—";

    private ConflictRows() {
    }

    public static List<ConflictRow> of(SyncPlan assets, SettingsPlan settings) {
        List<ConflictRow> rows = new ArrayList<>();
        assets.conflictItems().forEach(c -> rows.add(asset(c)));
        settings.conflictItems().forEach(c -> rows.add(setting(c)));
        return rows;
    }

    static ConflictRow asset(Conflict c) {
        LocalFile l = c.local();
        RemoteEntry r = c.remote();
        BaseEntry b = c.base();
        List<ConflictRow.Diff> diff = new ArrayList<>();
        boolean libraryGone = l == null || l.trashed();
        diff.add(new ConflictRow.Diff("State", l == null ? "gone from the library" : l.trashed() ? "deleted (in the trash)" : "kept",
                r == null ? "deleted" : "kept", libraryGone, r == null));
        String lp = l == null ? null : l.path();
        String rp = r == null ? null : r.path();
        diff.add(field("Name", name(lp), name(rp), name(b.path())));
        diff.add(field("Folder", folder(lp), folder(rp), folder(b.path())));
        diff.add(new ConflictRow.Diff("Content", l == null ? ABSENT : ByteCount.text(l.size()) + " · sha256 " + shortHash(l.hash()),
                r == null ? ABSENT : ByteCount.text(r.size()) + " · version " + r.version(),
                l != null && !l.hash().equals(b.hash()), r != null && !(r.version().equals(b.version()) && r.size() == b.size())));
        Attributes la = l == null ? null : l.attributes();
        Attributes ra = r == null ? null : r.attributes();
        Attributes ba = b.attributes();
        diff.add(field("Tags", la == null ? null : tags(la), ra == null ? null : tags(ra), tags(ba)));
        TreeSet<String> keys = new TreeSet<>(ba.metadata().keySet());
        if (la != null) keys.addAll(la.metadata().keySet());
        if (ra != null) keys.addAll(ra.metadata().keySet());
        for (String k : keys) {
            diff.add(field("metadata " + k, value(la, k), value(ra, k), Optional.ofNullable(ba.metadata().get(k)).orElse(ABSENT)));
        }
        diff.add(field("Coordinates", la == null ? null : la.coordinates().orElse(ABSENT), ra == null ? null : ra.coordinates().orElse(ABSENT),
                ba.coordinates().orElse(ABSENT)));
        return new ConflictRow(c.key(), c.path(), what(c), diff, c.choices(), c.byDefault(), c.chosen(), effect(c), l, r);
    }

    private static String tags(Attributes a) {
        return a.tags().isEmpty() ? "none" : String.join(", ", a.tags());
    }

    private static String value(Attributes a, String key) {
        return a == null ? null : Optional.ofNullable(a.metadata().get(key)).orElse(ABSENT);
    }

    /** A field of the two sides against the base; a side that lacks the item shows a dash and counts as unchanged. */
    private static ConflictRow.Diff field(String name, String library, String service, String base) {
        return new ConflictRow.Diff(name, library == null ? ABSENT : library, service == null ? ABSENT : service,
                library != null && !library.equals(base), service != null && !service.equals(base));
    }

    private static String name(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    private static String folder(String path) {
        return path == null ? null : path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String shortHash(String hash) {
        return hash.length() > 10 ? hash.substring(0, 10) + "…" : hash;
    }

    static String what(Conflict c) {
        List<String> parts = new ArrayList<>();
        for (Conflict.Kind k : Conflict.Kind.values()) {
            if (!c.kinds().contains(k)) continue;
            parts.add(switch (k) {
                case CONTENT -> "content changed on both sides";
                case ATTRIBUTES -> "a field changed on both sides";
                case PATH -> "moved on both sides";
                case LIBRARY_DELETED -> "deleted in the library, changed on the service";
                case SERVICE_DELETED -> "deleted on the service, changed in the library";
            });
        }
        return String.join("; ", parts);
    }

    /** What the applied choice does, in words. */
    static String effect(Conflict c) {
        Resolution r = c.chosen();
        if (c.kinds().contains(Conflict.Kind.LIBRARY_DELETED)) {
            return r == Resolution.KEEP_LIBRARY ? "The service's file is deleted too (the library keeps its copy in the trash)."
                    : "The asset comes back from the library's trash with the service's changes.";
        }
        if (c.kinds().contains(Conflict.Kind.SERVICE_DELETED)) {
            return r == Resolution.KEEP_SERVICE ? "The asset goes to the library's trash."
                    : "The library's asset is uploaded to the service again.";
        }
        return switch (r) {
            case KEEP_BOTH -> c.kinds().contains(Conflict.Kind.CONTENT)
                    ? "The library's content becomes current on both sides; the service's is kept as a conflict copy next to it."
                    : "The library's values are kept; the service's are written into the plan.";
            case KEEP_LIBRARY -> "What collided takes the library's side on both sides"
                    + (c.kinds().contains(Conflict.Kind.CONTENT) ? "; the service keeps its content as an earlier version." : ".");
            case KEEP_SERVICE -> "What collided takes the service's side on both sides"
                    + (c.kinds().contains(Conflict.Kind.CONTENT) ? "; the library keeps its content as an earlier version." : ".");
        };
    }

    static ConflictRow setting(SettingsConflict c) {
        boolean preset = c.subject().startsWith("preset ");
        String base = c.base().orElse(ABSENT);
        String library = c.library().orElse("deleted");
        String service = c.service().orElse("deleted");
        List<ConflictRow.Diff> diff = List.of(new ConflictRow.Diff(preset ? "Transformation" : "Type and rules", library, service,
                !Objects.equals(library, base), !Objects.equals(service, base)));
        String note;
        if (c.needsDecision()) {
            note = "The sync leaves this field alone: make the two agree (rename or redefine the library's field, or change it"
                    + " in the dashboard), then plan again.";
        } else {
            note = switch (c.chosen()) {
                case KEEP_BOTH -> "The library's keeps the name on both sides; the service's is kept as a NAME_conflict_N preset.";
                case KEEP_LIBRARY -> c.library().isEmpty() ? "The service's named transformation is deleted too."
                        : "The library's text goes to the service; no copy is made.";
                case KEEP_SERVICE -> c.service().isEmpty() ? "The library's preset goes to its trash (history kept)."
                        : "The service's text becomes the library's next version; no copy is made.";
            };
        }
        return new ConflictRow(c.subject(), c.subject(), c.text(), diff, c.choices(), c.byDefault(), c.chosen(), note, null, null);
    }
}

package io.mediadesk.desktop.syncpanel;

import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.ItemPlan;
import io.mediadesk.sync.plan.Note;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.settings.SettingStep;
import io.mediadesk.sync.settings.SettingsNote;
import io.mediadesk.sync.settings.SettingsPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan regrouped for the tree: adds, updates, moves, deletes, conflicts and waiting items, each
 * with its lines in the plan's order (by path). Groups with nothing in them are left out. Pure:
 * the plan is the sync module's, printed by {@code sync --dry-run}; this only sorts its lines.
 */
public final class PlanGroups {

    /** A group of the tree, in the order shown. */
    public enum Kind {
        ADDS("Adds"), UPDATES("Updates"), MOVES("Moves"), DELETES("Deletes"), CONFLICTS("Conflicts"), WAITING("Waiting"),
        NOTES("Notes");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One line: what, on which side, where, and the plan's detail. */
    public record Line(Kind kind, String verb, String side, String path, String detail) {
        /** Deletions are shown in red. */
        public boolean danger() {
            return kind == Kind.DELETES;
        }

        public String text() {
            return verb + (side.isEmpty() ? "" : " " + side) + "  " + path + (detail.isEmpty() ? "" : "  —  " + detail);
        }
    }

    public record Group(Kind kind, List<Line> lines) {
        public String title() {
            return kind.title() + " (" + lines.size() + ")";
        }
    }

    private PlanGroups() {
    }

    public static List<Group> of(SyncPlan plan) {
        return of(plan, SettingsPlan.EMPTY);
    }

    /** The assets' lines, then the presets' and fields' (their writes, conflicts, decisions and notes). */
    public static List<Group> of(SyncPlan plan, SettingsPlan settings) {
        Map<Kind, List<Line>> groups = new EnumMap<>(Kind.class);
        for (ItemPlan item : plan.items()) {
            for (Action a : item.actions()) {
                Kind kind = kind(a.category());
                groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Line(kind, a.verb(), a.side().word(), a.path(), a.detail()));
            }
            for (Note n : item.notes()) {
                Kind kind = n.kind() == Note.Kind.CONFLICT ? Kind.CONFLICTS : Kind.WAITING;
                groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Line(kind,
                        n.kind() == Note.Kind.CONFLICT ? "conflict" : "wait", "", n.path(), n.text()));
            }
        }
        for (SettingsNote n : settings.notes()) {
            Kind kind = n.kind().equals(SettingsNote.NOTE) ? Kind.NOTES : Kind.CONFLICTS;
            groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Line(kind, n.kind(), "", n.subject(), n.text()));
        }
        for (SettingStep s : settings.writes()) {
            Kind kind = switch (s.op().verb()) {
                case "add", "copy" -> Kind.ADDS;
                case "delete" -> Kind.DELETES;
                default -> Kind.UPDATES;
            };
            groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Line(kind, s.op().verb(), s.op().side(),
                    s.op().thing() + " " + s.name(), s.detail().isEmpty() ? s.value() : s.detail()));
        }
        settings.presetRefusal().ifPresent(r -> groups.computeIfAbsent(Kind.NOTES, k -> new ArrayList<>())
                .add(new Line(Kind.NOTES, r.overridable() ? "refused (needs confirmation)" : "refused", "", "presets", r.reason())));
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static Kind kind(Action.Category category) {
        return switch (category) {
            case ADD, JOIN -> Kind.ADDS;
            case UPDATE -> Kind.UPDATES;
            case MOVE -> Kind.MOVES;
            case DELETE -> Kind.DELETES;
        };
    }
}

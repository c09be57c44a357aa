package io.mediadesk.sync.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a sync will do to presets and field definitions, as data. Steps and notes keep the planner's
 * order (by kind, then name, then the order they must run in), so {@link #print} is stable and is the
 * golden text of the scenario tests. A preset refusal (a brake) stops every preset step, fields go on.
 *
 * @param presetRefusal why the preset steps were held back, and whether {@code --yes} lets them run
 * @param conflictItems the conflicts with both sides, by subject, for a person to compare (and, for presets, choose)
 */
public record SettingsPlan(List<SettingStep> steps, List<SettingsNote> notes, Optional<Refused> presetRefusal,
        List<SettingsConflict> conflictItems) {
    public static final SettingsPlan EMPTY = new SettingsPlan(List.of(), List.of(), Optional.empty());

    /** A brake that held the preset steps back. */
    public record Refused(String reason, boolean overridable) {
    }

    public SettingsPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        conflictItems = List.copyOf(conflictItems);
    }

    public SettingsPlan(List<SettingStep> steps, List<SettingsNote> notes, Optional<Refused> presetRefusal) {
        this(steps, notes, presetRefusal, List.of());
    }

    /** Steps that write to a side (links and forgets only touch the base). */
    public List<SettingStep> writes() {
        return steps.stream().filter(s -> s.op().writes()).toList();
    }

    public long conflicts() {
        return notes.stream().filter(n -> !n.kind().equals(SettingsNote.NOTE)).count();
    }

    /** Conflicts the sync will not settle alone; the CLI exits 6 while there are any. */
    public long decisions() {
        return notes.stream().filter(n -> n.kind().equals(SettingsNote.DECIDE)).count();
    }

    public boolean isEmpty() {
        return steps.isEmpty() && notes.isEmpty() && presetRefusal.isEmpty();
    }

    /** {@code presets and fields: 1 add, 2 updates, 0 deletes, 1 conflict}. */
    public String summary() {
        long adds = count("add") + count("copy");
        return "presets and fields: " + plural(adds, "add") + ", " + plural(count("update"), "update") + ", "
                + plural(count("delete"), "delete") + ", " + plural(conflicts(), "conflict");
    }

    private long count(String verb) {
        return steps.stream().filter(s -> s.op().verb().equals(verb)).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Nothing when there is nothing to say, so a library without presets prints as before. */
    public String print() {
        return print(false);
    }

    /** With {@code withBase}, links and forgets (base-only steps) too: the golden files show them. */
    public String print(boolean withBase) {
        if (isEmpty()) return "";
        StringBuilder out = new StringBuilder(summary()).append('\n');
        // By subject, its notes before its steps, the steps in the order they run (a stable sort).
        record Line(String subject, int rank, String text) { }
        List<Line> lines = new ArrayList<>();
        notes.forEach(n -> lines.add(new Line(n.subject(), 0, n.line())));
        for (SettingStep s : steps) {
            if (withBase || s.op().writes()) lines.add(new Line(s.op().thing() + " " + s.name(), 1, s.line()));
        }
        lines.stream().sorted(java.util.Comparator.comparing(Line::subject).thenComparing(Line::rank)).forEach(l -> out.append(l.text()));
        presetRefusal.ifPresent(r -> out.append(r.overridable() ? "refused (needs --yes): " : "refused: ").append(r.reason()).append('\n'));
        return out.toString();
    }

    /** Entries for the contract's {@code plan} array, after the assets'. */
    public List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        notes.forEach(n -> out.add(n.json()));
        writes().forEach(s -> out.add(s.json()));
        return out;
    }

    static String line(String verb, String side, String subject, String detail) {
        String text = String.format(Locale.ROOT, "%-9s %-7s %s", verb, side, subject) + (detail.isEmpty() ? "" : "  " + detail);
        return text.stripTrailing() + "\n";
    }
}

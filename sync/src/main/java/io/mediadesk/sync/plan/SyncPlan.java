package io.mediadesk.sync.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a sync will do, as data: the items with their steps, and the refusal when a brake holds.
 * {@link #print()} is the dry run and the golden text of the scenario tests, so it is stable: items
 * sorted by path then key, one line per step and per note, no ids and no times.
 */
public record SyncPlan(List<ItemPlan> items, Optional<Refusal> refusal) {

    public SyncPlan {
        items = items.stream().filter(i -> !i.isEmpty() || !i.notes().isEmpty() || i.conflict().isPresent())
                .sorted(Comparator.comparing(ItemPlan::path).thenComparing(ItemPlan::key)).toList();
    }

    static SyncPlan refused(Refusal refusal) {
        return new SyncPlan(List.of(), Optional.of(refusal));
    }

    public List<Action> actions() {
        return items.stream().flatMap(i -> i.actions().stream()).toList();
    }

    /** The conflicts a person may settle, with both sides, in the plan's order (by path). */
    public List<Conflict> conflictItems() {
        return items.stream().flatMap(i -> i.conflict().stream()).toList();
    }

    public long conflicts() {
        return notes(Note.Kind.CONFLICT);
    }

    public long count(Action.Category category) {
        return actions().stream().filter(a -> a.category() == category).count();
    }

    /** Whether running it would change nothing on either side (base updates aside). */
    public boolean isNoOp() {
        return actions().isEmpty();
    }

    private long notes(Note.Kind kind) {
        return items.stream().flatMap(i -> i.notes().stream()).filter(n -> n.kind() == kind).count();
    }

    /** The summary line: {@code sync plan: 2 adds, 1 update, 0 moves, 1 delete, 1 conflict}. */
    public String summary() {
        Map<Action.Category, Long> counts = new EnumMap<>(Action.Category.class);
        for (Action.Category c : Action.Category.values()) counts.put(c, count(c));
        return "sync plan: " + plural(counts.get(Action.Category.ADD) + counts.get(Action.Category.JOIN), "add")
                + ", " + plural(counts.get(Action.Category.UPDATE), "update") + ", " + plural(counts.get(Action.Category.MOVE), "move")
                + ", " + plural(counts.get(Action.Category.DELETE), "delete") + ", " + plural(conflicts(), "conflict");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The readable plan, one line per step, note and refusal. */
    public String print() {
        return print(false);
    }

    /** With {@code withBase}, also what each item leaves in the base: the golden files show it. */
    public String print(boolean withBase) {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        for (ItemPlan item : items) {
            for (Action a : item.actions()) {
                out.append(line(a.verb(), a.side().word(), a.path(), a.detail()));
            }
            for (Note n : item.notes()) {
                out.append(line(n.kind().word(), "", n.path(), n.text()));
            }
            if (withBase) out.append(base(item));
        }
        refusal.ifPresent(r -> out.append(r.overridable() ? "refused (needs --yes): " : "refused: ").append(r.reason()).append('\n'));
        return out.toString();
    }

    private static String base(ItemPlan item) {
        if (item.outcome() instanceof BaseOutcome.Forget f) return line("base", "forget", item.path(), "");
        if (item.outcome() instanceof BaseOutcome.Put p) {
            var e = p.draft();
            return line("base", "put", e.path(), "hash " + known(e.hash()) + ", version " + known(e.version()) + ", "
                    + e.attributes());
        }
        return "";
    }

    private static String known(String value) {
        return value == null || value.isEmpty() ? "?" : value;
    }

    private static String line(String verb, String side, String path, String detail) {
        String text = String.format(Locale.ROOT, "%-9s %-7s %s", verb, side, path) + (detail.isEmpty() ? "" : "  " + detail);
        return text.stripTrailing() + "\n";
    }

    /** The contract's {@code plan} array: one object per step and per note. */
    public List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemPlan item : items) {
            item.actions().forEach(a -> out.add(a.json()));
            for (Note n : item.notes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("action", n.kind().word());
                m.put("path", n.path());
                m.put("detail", n.text());
                out.add(m);
            }
        }
        return out;
    }
}

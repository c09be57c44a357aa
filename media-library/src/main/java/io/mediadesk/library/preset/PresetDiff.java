package io.mediadesk.library.preset;

import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.TransformationParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a preset, parameter by parameter. Both transformations are
 * parsed by the engine (without expanding {@code n-NAME}, so a reference is compared as written) and
 * compared step by step; within a step, parameters by key ({@code width-300} and {@code w-300} are the
 * same), layers and if-blocks by their order among their kind. A value is shown in canonical form
 * ({@code w-300}). A version whose text no longer parses is compared as plain text.
 */
public record PresetDiff(PresetVersion from, PresetVersion to, List<Change> changes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One parameter of one step ({@code step} counts from 1); {@code before}/{@code after} empty when absent. */
    public record Change(Kind kind, int step, String key, String before, String after) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }
    }

    public PresetDiff {
        changes = List.copyOf(changes);
    }

    public static PresetDiff between(PresetVersion from, PresetVersion to) {
        List<Change> changes = new ArrayList<>();
        if (!from.name().equals(to.name())) changes.add(new Change(Kind.CHANGED, 0, "name", from.name(), to.name()));
        List<Map<String, String>> a = stepsOrNull(from.transformation());
        List<Map<String, String>> b = stepsOrNull(to.transformation());
        if (a == null || b == null) {
            if (!from.transformation().equals(to.transformation())) {
                changes.add(new Change(Kind.CHANGED, 0, "transformation", from.transformation(), to.transformation()));
            }
        } else {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                Map<String, String> before = i < a.size() ? a.get(i) : Map.of();
                Map<String, String> after = i < b.size() ? b.get(i) : Map.of();
                for (Map.Entry<String, String> e : before.entrySet()) {
                    String now = after.get(e.getKey());
                    if (now == null) changes.add(new Change(Kind.REMOVED, i + 1, e.getKey(), e.getValue(), null));
                    else if (!now.equals(e.getValue())) changes.add(new Change(Kind.CHANGED, i + 1, e.getKey(), e.getValue(), now));
                }
                for (Map.Entry<String, String> e : after.entrySet()) {
                    if (!before.containsKey(e.getKey())) changes.add(new Change(Kind.ADDED, i + 1, e.getKey(), null, e.getValue()));
                }
            }
        }
        if (!from.description().equals(to.description())) {
            changes.add(new Change(Kind.CHANGED, 0, "description", from.description(), to.description()));
        }
        return new PresetDiff(from, to, changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * For people: both transformations as text, then one line per change, e.g.
     * {@code step 1  w  changed  w-300 -> w-400}.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("- v").append(from.number()).append("  ").append(from.transformation()).append('\n');
        out.append("+ v").append(to.number()).append("  ").append(to.transformation());
        if (changes.isEmpty()) {
            return out.append('\n').append("no changes").toString();
        }
        for (Change c : changes) {
            out.append('\n').append(c.step() == 0 ? "" : "step " + c.step() + "  ").append(c.key()).append("  ")
                    .append(c.kind().name().toLowerCase(Locale.ROOT)).append("  ");
            switch (c.kind()) {
                case ADDED -> out.append(c.after());
                case REMOVED -> out.append(c.before());
                case CHANGED -> out.append(shown(c.before())).append(" -> ").append(shown(c.after()));
            }
        }
        return out.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    /** Each step as key -> canonical item, in the step's canonical order; null if the text does not parse. */
    private static List<Map<String, String>> stepsOrNull(String text) {
        List<Step> steps;
        try {
            steps = new TransformationParser().parse(text).steps();
        } catch (InvalidTransformationException e) {
            return null;
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Step step : steps) {
            Map<String, String> items = new LinkedHashMap<>();
            int layers = 0;
            int conditionals = 0;
            for (Operation op : step.operations()) {
                String key;
                if (op instanceof Operation.Param p) {
                    key = p.key().shortKey();
                } else if (op instanceof Operation.Layer) {
                    key = "layer " + (++layers);
                } else {
                    key = "if " + (++conditionals);
                }
                items.put(key, Step.of(op).toString());
            }
            out.add(items);
        }
        return out;
    }
}

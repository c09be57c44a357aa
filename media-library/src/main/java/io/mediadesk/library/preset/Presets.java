package io.mediadesk.library.preset;

import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.PresetLookup;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.PresetChange;
import io.mediadesk.library.store.PresetStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's named presets and their rules, over a {@link PresetStore}:
 * <ul>
 * <li>names follow the service ({@code [A-Za-z0-9_]}, case-sensitive), transformations are checked by
 *     the engine's parser with {@code n-NAME} expanded through the library's presets, so an invalid
 *     parameter, an unknown reference and a cycle ({@code a = n-b}, {@code b = n-a}) are refused when
 *     the preset is set, with the engine's message (parameter and position);</li>
 * <li>a change that would break another preset using this one (a delete, a rename, a transformation
 *     the user's step cannot merge) is refused with {@link PresetInUseException}, like the service's 409;</li>
 * <li>every change is a new {@link PresetVersion}; history is never rewritten: a rollback writes a new
 *     version equal to an old one, a rename keeps the history, a delete moves the preset to the trash
 *     (its name stays reserved, {@link #restore} brings it back, setting the name again revives it);</li>
 * <li>updates quote the version they read, and a store that finds another one refuses with
 *     {@link ConcurrentChangeException}: two editors never overwrite each other unseen.</li>
 * </ul>
 */
public final class Presets {
    private final PresetStore store;

    public Presets(PresetStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Presets outside the trash, by name. */
    public List<Preset> list() {
        return store.list(false);
    }

    /** Presets in the trash, by name. */
    public List<Preset> trash() {
        return store.list(true);
    }

    /** The preset outside the trash. @throws UnknownNameException saying whether it is in the trash */
    public Preset get(String name) {
        Preset p = store.find(name).orElseThrow(() -> unknown(name));
        if (p.deleted()) {
            throw new UnknownNameException("preset \"" + name + "\" is in the trash (presets restore " + name + " brings it back)");
        }
        return p;
    }

    /** The preset of this name, in the trash or not. */
    public Optional<Preset> find(String name) {
        return store.find(name);
    }

    /** The engine's lookup over this library's presets, read when the parser asks. */
    public PresetLookup lookup() {
        return new CatalogPresetLookup(store);
    }

    /** Creates, updates (a new version) or revives from the trash; the description stays as it was. */
    public Preset set(String name, String transformation) {
        Optional<Preset> now = store.find(Preset.checkName(name));
        return set(name, transformation, now.map(Preset::description).orElse(""), now.map(Preset::version).orElse(0));
    }

    /**
     * Sets a preset if it is still at {@code expectedVersion} (0: it must not exist yet). Setting the
     * same content again writes nothing and returns the preset as it is.
     *
     * @throws InvalidTransformationException the engine's message: parameter, position; unknown reference; cycle
     * @throws InvalidValueException a broken name rule, an empty transformation, a name taken when creating
     * @throws PresetInUseException another preset uses this one and could not take the new transformation
     * @throws ConcurrentChangeException the preset is no longer at {@code expectedVersion}
     */
    public Preset set(String name, String transformation, String description, int expectedVersion) {
        Preset.checkName(name);
        String text = normalise(transformation);
        String note = Preset.checkDescription(description);
        Map<String, String> before = active();
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put(name, text);
        check(name, text, after);
        checkOthers(name, before, after);
        Optional<Preset> existing = store.find(name);
        if (existing.isEmpty()) {
            if (expectedVersion != 0) throw unknown(name);
            return store.create(name, text, note);
        }
        Preset p = existing.get();
        if (expectedVersion == 0) {
            throw new InvalidValueException("name", "unique", "a preset named \"" + name + "\" already exists"
                    + (p.deleted() ? " (in the trash)" : ""));
        }
        if (p.version() != expectedVersion) throw conflict(name, expectedVersion, p.version());
        if (!p.deleted() && p.transformation().equals(text) && p.description().equals(note)) {
            return p;
        }
        String label = p.deleted() ? "restored with a new transformation" : "updated";
        return store.change(name, expectedVersion, new PresetChange(p.deleted() ? "preset.restore" : "preset.update", label,
                name, text, note, false));
    }

    /** Writes a new version whose transformation and description are those of version {@code number}. */
    public Preset rollback(String name, int number) {
        Preset p = get(name);
        PresetVersion old = version(name, number);
        Map<String, String> before = active();
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put(name, old.transformation());
        check(name, old.transformation(), after);
        checkOthers(name, before, after);
        return store.change(name, p.version(), new PresetChange("preset.rollback", "rolled back to " + number, name,
                old.transformation(), old.description(), false));
    }

    /** Renames a preset; its history goes with it. Refused while another preset uses the old name. */
    public Preset rename(String from, String to) {
        Preset.checkName(to);
        Preset p = get(from);
        if (from.equals(to)) return p;
        if (store.find(to).isPresent()) {
            throw new InvalidValueException("name", "unique", "a preset named \"" + to + "\" already exists"
                    + (store.find(to).get().deleted() ? " (in the trash)" : ""));
        }
        Map<String, String> before = active();
        Map<String, String> after = new LinkedHashMap<>(before);
        after.remove(from);
        after.put(to, p.transformation());
        checkOthers(from, before, after);
        return store.change(from, p.version(), new PresetChange("preset.rename", "renamed from " + from, to, p.transformation(),
                p.description(), false));
    }

    /** Moves a preset to the trash (history kept, name reserved). Refused while another preset uses it. */
    public Preset delete(String name) {
        Preset p = get(name);
        Map<String, String> before = active();
        Map<String, String> after = new LinkedHashMap<>(before);
        after.remove(name);
        checkOthers(name, before, after);
        return store.change(name, p.version(), new PresetChange("preset.delete", "deleted", name, p.transformation(),
                p.description(), true));
    }

    /** Brings a preset back from the trash, if its transformation is still valid among today's presets. */
    public Preset restore(String name) {
        Preset p = store.find(name).orElseThrow(() -> unknown(name));
        if (!p.deleted()) return p;
        Map<String, String> after = new LinkedHashMap<>(active());
        after.put(name, p.transformation());
        check(name, p.transformation(), after);
        return store.change(name, p.version(), new PresetChange("preset.restore", "restored", name, p.transformation(),
                p.description(), false));
    }

    /** Every version, oldest first; a preset in the trash has one too. */
    public List<PresetVersion> history(String name) {
        store.find(name).orElseThrow(() -> unknown(name));
        return store.history(name);
    }

    public PresetVersion version(String name, int number) {
        return history(name).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new UnknownNameException("preset \"" + name + "\" has no version " + number
                        + " (versions 1-" + store.find(name).map(Preset::version).orElse(0) + ")"));
    }

    public PresetDiff diff(String name, int from, int to) {
        return PresetDiff.between(version(name, from), version(name, to));
    }

    /**
     * Strips spaces and a leading {@code tr:} (as older dashboards wrote them), {@code tr=} or
     * {@code ?tr=} (pasted from a URL), so the text is what the service stores; empty is refused.
     */
    static String normalise(String transformation) {
        String t = transformation == null ? "" : transformation.strip();
        for (String prefix : List.of("?tr=", "tr:", "tr=")) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length());
                break;
            }
        }
        if (t.isEmpty()) {
            throw new InvalidValueException("transformation", "required", "a preset needs a transformation, e.g. w-300,h-200");
        }
        return t;
    }

    private Map<String, String> active() {
        Map<String, String> map = new LinkedHashMap<>();
        store.list(false).forEach(p -> map.put(p.name(), p.transformation()));
        return map;
    }

    /**
     * The engine's own exception, unchanged, so its message names the parameter and the position; a
     * cycle through this preset is found first and named from it ({@code a -> b -> a}), at the
     * {@code n-} token of the user's text that starts it.
     */
    private static void check(String name, String text, Map<String, String> presets) {
        for (String ref : references(text)) {
            List<String> path = cycle(ref, name, presets, new ArrayList<>(List.of(name)));
            if (path != null) {
                String token = "n-" + ref;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_-])" + token + "(?![A-Za-z0-9_])").matcher(text);
                int at = m.find() ? m.start() : 0;
                throw new InvalidTransformationException(token, at, token + " at position " + at
                        + ": named transformations form a cycle: " + String.join(" -> ", path)
                        + " (a preset cannot use itself, directly or through others)");
            }
        }
        new TransformationParser(PresetLookup.of(presets)).parse(text);
    }

    /** The path from {@code start} back to {@code target} through references, or null. */
    private static List<String> cycle(String current, String target, Map<String, String> presets, List<String> path) {
        if (path.size() > presets.size() + 1) return null;
        path.add(current);
        if (current.equals(target)) return path;
        String text = presets.get(current);
        if (text != null) {
            for (String next : references(text)) {
                if (path.subList(1, path.size()).contains(next)) continue; // a cycle not through target: the engine says so
                List<String> found = cycle(next, target, presets, path);
                if (found != null) return found;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    /** The names a transformation refers to with {@code n-NAME} in its top-level steps; none if it does not parse. */
    private static List<String> references(String text) {
        try {
            return new TransformationParser().parse(text).steps().stream()
                    .flatMap(step -> step.param(Key.N).stream()).map(Object::toString).distinct().toList();
        } catch (InvalidTransformationException e) {
            return List.of();
        }
    }

    /** Refuses when a preset that parsed among {@code before} no longer parses among {@code after}. */
    private static void checkOthers(String subject, Map<String, String> before, Map<String, String> after) {
        TransformationParser was = new TransformationParser(PresetLookup.of(before));
        TransformationParser will = new TransformationParser(PresetLookup.of(after));
        List<String> broken = new ArrayList<>();
        String reason = null;
        for (Map.Entry<String, String> other : before.entrySet()) {
            if (!other.getValue().equals(after.get(other.getKey()))) continue; // the changed one, checked by check()
            try {
                was.parse(other.getValue());
            } catch (InvalidTransformationException alreadyBroken) {
                continue;
            }
            try {
                will.parse(after.get(other.getKey()));
            } catch (InvalidTransformationException e) {
                broken.add(other.getKey());
                if (reason == null) reason = e.getMessage();
            }
        }
        if (!broken.isEmpty()) {
            throw new PresetInUseException("preset \"" + subject + "\" is used by " + String.join(", ", broken)
                    + " and the change would break " + (broken.size() == 1 ? "it" : "them") + " (" + reason
                    + "); change " + (broken.size() == 1 ? "that preset" : "those presets") + " first");
        }
    }

    private static UnknownNameException unknown(String name) {
        return new UnknownNameException("no preset named \"" + name + "\" (names are case-sensitive; presets list shows them)");
    }

    private static ConcurrentChangeException conflict(String name, int expected, int actual) {
        return new ConcurrentChangeException("preset \"" + name + "\" changed meanwhile: you edited version " + expected
                + ", it is at version " + actual + " now; read it again and redo your change");
    }
}

package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetDiff;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk presets list | show NAME | set NAME TR | delete NAME} (the contract) and
 * {@code history}, {@code diff}, {@code rollback}, {@code rename}, {@code restore}: the library's
 * named transformations, used as {@code n-NAME} by {@code transform}.
 */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = {"Named transformations (n-NAME in a transformation string), kept in the",
            "library with every version. Names: letters, digits and _ (case-sensitive).",
            "An invalid transformation exits 3 naming the parameter and its position;",
            "an unknown name exits 2; a preset other presets use cannot be deleted or",
            "renamed, and a stale --if-version is refused (exit 6).",
            "JSON (list): {\"items\":[{\"name\",\"transformation\"}]}"},
        subcommands = {PresetsCommand.ListPresets.class, PresetsCommand.Show.class, PresetsCommand.Set.class,
            PresetsCommand.Delete.class, PresetsCommand.History.class, PresetsCommand.Diff.class, PresetsCommand.Rollback.class,
            PresetsCommand.Rename.class, PresetsCommand.Restore.class})
final class PresetsCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Override
    public Integer call() {
        throw SearchCommand.usage("presets needs a subcommand: list, show NAME, set NAME TR, delete NAME"
                + " (also history, diff, rollback, rename, restore)");
    }

    /** Opens the library, runs {@code work} on its presets, prints the result. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        PresetsCommand presets;

        @Spec
        CommandSpec spec;

        abstract Object[] run(Presets presets);

        @Override
        public Integer call() {
            GlobalOptions global = presets.root.global();
            Object[] result;
            try (AppServices services = presets.root.openServices()) {
                result = run(new Presets(services.library().catalog().presets()));
            }
            new Output(spec.commandLine().getOut(), global.json()).result(result[0], (String) result[1]);
            return ExitCode.OK.code();
        }

        static Object[] of(Object json, String text) {
            return new Object[] {json, text};
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"The presets (--trash: the deleted ones).",
        "JSON: {\"items\":[{\"name\",\"transformation\"}]}"})
    static final class ListPresets extends Sub {
        @Option(names = "--trash", description = "List the presets in the trash instead.")
        boolean trash;

        @Override
        Object[] run(Presets presets) {
            List<Preset> list = trash ? presets.trash() : presets.list();
            List<Map<String, Object>> items = list.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("transformation", p.transformation());
                return m;
            }).toList();
            int width = list.stream().mapToInt(p -> p.name().length()).max().orElse(0);
            String text = list.isEmpty() ? (trash ? "the trash holds no presets" : "no presets (presets set NAME TR makes one)")
                    : list.stream().map(p -> String.format("%-" + width + "s  %s", p.name(), p.transformation()))
                            .collect(Collectors.joining(System.lineSeparator()));
            return of(Map.of("items", items), text);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"One preset: its transformation, what it expands to, version.",
        "JSON: {\"name\",\"transformation\",\"expanded\",\"description\",\"version\",\"createdAt\",\"updatedAt\"}"})
    static final class Show extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Object[] run(Presets presets) {
            Preset p = presets.get(name);
            String expanded = new TransformationParser(presets.lookup()).parse(p.transformation()).toString();
            Map<String, Object> m = describe(p);
            m.put("expanded", expanded);
            String text = p.name() + "  " + p.transformation()
                    + (expanded.equals(p.transformation()) ? "" : System.lineSeparator() + "  expands to  " + expanded)
                    + (p.description().isEmpty() ? "" : System.lineSeparator() + "  " + p.description())
                    + System.lineSeparator() + "  version " + p.version() + ", created " + p.createdAt() + ", changed " + p.updatedAt();
            return of(m, text);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = {"Create or change a preset (a new version; the same content changes nothing).",
        "JSON: {\"name\",\"transformation\",\"description\",\"version\",\"createdAt\",\"updatedAt\",\"changed\"}"})
    static final class Set extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "TR", description = "The transformation, e.g. w-300,h-200,c-at_max (a leading tr: is allowed).")
        String tr;

        @Option(names = "--description", paramLabel = "TEXT", description = "A note for people (kept in the library only).")
        String description;

        @Option(names = "--if-version", paramLabel = "N",
                description = "Change only if the preset is still at version N (0: only create); otherwise exit 6.")
        Integer ifVersion;

        @Override
        Object[] run(Presets presets) {
            Optional<Preset> now = presets.find(name);
            Preset p = presets.set(name, tr, description != null ? description : now.map(Preset::description).orElse(""),
                    ifVersion != null ? ifVersion : now.map(Preset::version).orElse(0));
            boolean changed = now.map(b -> b.version() != p.version()).orElse(true);
            Map<String, Object> m = describe(p);
            m.put("changed", changed);
            return of(m, (changed ? "set " : "unchanged ") + p.name() + " (version " + p.version() + ")  " + p.transformation());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = {"Move a preset to the trash (history kept; presets restore brings it back).",
        "JSON: {\"name\",\"deleted\":true,\"version\"}"})
    static final class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Object[] run(Presets presets) {
            Preset p = presets.delete(name);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("deleted", true);
            m.put("version", p.version());
            return of(m, "deleted " + p.name() + " (in the trash; presets restore " + p.name() + " brings it back)");
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Bring a preset back from the trash.")
    static final class Restore extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Object[] run(Presets presets) {
            Preset p = presets.restore(name);
            return of(describe(p), "restored " + p.name() + " (version " + p.version() + ")  " + p.transformation());
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = {"Every version of a preset, oldest first.",
        "JSON: {\"items\":[{\"version\",\"name\",\"transformation\",\"description\",\"at\",\"actor\",\"change\"}]}"})
    static final class History extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Object[] run(Presets presets) {
            List<PresetVersion> versions = presets.history(name);
            List<Map<String, Object>> items = versions.stream().map(v -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("version", v.number());
                m.put("name", v.name());
                m.put("transformation", v.transformation());
                m.put("description", v.description());
                m.put("at", v.at().toString());
                m.put("actor", v.actor().name());
                m.put("change", v.change());
                return m;
            }).toList();
            String text = versions.stream().map(v -> String.format("v%-3d %s  %-24s %s  %s", v.number(), v.at(), v.change(),
                    v.transformation(), v.actor().name())).collect(Collectors.joining(System.lineSeparator()));
            return of(Map.of("items", items), text);
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = {"What changed between two versions, parameter by parameter.",
        "JSON: {\"name\",\"from\",\"to\",\"changes\":[{\"kind\",\"step\",\"key\",\"before\",\"after\"}]}"})
    static final class Diff extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "V1")
        int from;

        @Parameters(index = "2", paramLabel = "V2")
        int to;

        @Override
        Object[] run(Presets presets) {
            PresetDiff diff = presets.diff(name, from, to);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("from", from);
            m.put("to", to);
            m.put("changes", diff.changes().stream().map(c -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                x.put("step", c.step());
                x.put("key", c.key());
                x.put("before", c.before());
                x.put("after", c.after());
                return x;
            }).toList());
            return of(m, diff.text());
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Make version V current again: a new version equal to V (history is never rewritten).")
    static final class Rollback extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "V")
        int version;

        @Override
        Object[] run(Presets presets) {
            Preset p = presets.rollback(name, version);
            return of(describe(p), "rolled " + p.name() + " back to version " + version + " as version " + p.version() + "  "
                    + p.transformation());
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a preset; its history goes with it.")
    static final class Rename extends Sub {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        Object[] run(Presets presets) {
            Preset p = presets.rename(from, to);
            return of(describe(p), "renamed " + from + " to " + p.name() + " (version " + p.version() + ")");
        }
    }

    static Map<String, Object> describe(Preset p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("transformation", p.transformation());
        m.put("description", p.description());
        m.put("version", p.version());
        m.put("createdAt", p.createdAt().toString());
        m.put("updatedAt", p.updatedAt().toString());
        return m;
    }
}

package io.mediadesk.sync.settings;

import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.Resolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of a settings scenario, one fact a line ({@code #} starts a comment):
 * <pre>
 * options [yes] [percent=N] [max=N] [prefer=library|service|both]
 * resolve preset NAME library|service|both   a person's choice for that preset's conflict
 * local NAME TRANSFORMATION          a preset in the library
 * trash NAME TRANSFORMATION          a preset in the library's trash
 * remote NAME TRANSFORMATION ID      a named transformation of the account
 * remote-404                         the account has no named-transformations API
 * base NAME TRANSFORMATION ID        what both sides last agreed on
 * local-field NAME TYPE [RULE...]
 * remote-field NAME TYPE id=ID [deleted] [RULE...]
 * base-field NAME TYPE [RULE...]
 * </pre>
 */
record SettingsScenario(SettingsSnapshot snapshot, PlanOptions options) {

    static SettingsScenario parse(String text) {
        Map<String, String> local = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<RemotePreset> remote = new ArrayList<>();
        boolean dashboard = false;
        List<PresetBase> base = new ArrayList<>();
        List<FieldDef> lf = new ArrayList<>();
        List<FieldDef> rf = new ArrayList<>();
        List<FieldDef> bf = new ArrayList<>();
        PlanOptions options = PlanOptions.DEFAULTS;
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "options" -> {
                    for (String o : Arrays.copyOfRange(w, 1, w.length)) {
                        if (o.equals("yes")) options = options.withConfirmed(true);
                        else if (o.startsWith("percent=")) options = new PlanOptions(Integer.parseInt(o.substring(8)), options.maxDeletes(), options.confirmed());
                        else if (o.startsWith("max=")) options = new PlanOptions(options.maxDeletePercent(), Integer.parseInt(o.substring(4)), options.confirmed());
                        else if (o.startsWith("prefer=")) options = options.withPrefer(Resolution.of(o.substring(7)));
                        else throw new IllegalArgumentException("unknown option " + o);
                    }
                }
                case "resolve" -> resolutions.put(w[1] + " " + w[2], Resolution.of(w[3]));
                case "local" -> {
                    local.put(w[1], w[2]);
                    taken.add(w[1]);
                }
                case "trash" -> taken.add(w[1]);
                case "remote" -> remote.add(new RemotePreset(w[3], w[1], w[2]));
                case "remote-404" -> dashboard = true;
                case "base" -> base.add(new PresetBase(w[1], w[3], w[2]));
                case "local-field" -> lf.add(field(w, false));
                case "remote-field" -> rf.add(field(w, true));
                case "base-field" -> bf.add(field(w, false));
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        return new SettingsScenario(new SettingsSnapshot(local, taken, dashboard ? Optional.empty() : Optional.of(remote), base, lf, rf, bf),
                options.withResolutions(resolutions));
    }

    private static FieldDef field(String[] w, boolean remote) {
        String id = "";
        boolean deleted = false;
        List<String> rules = new ArrayList<>();
        for (String t : Arrays.copyOfRange(w, 3, w.length)) {
            if (remote && t.startsWith("id=")) id = t.substring(3);
            else if (remote && t.equals("deleted")) deleted = true;
            else rules.add(t);
        }
        return new FieldDef(id, w[1], w[1], w[2], String.join(" ", rules), deleted);
    }
}

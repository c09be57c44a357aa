package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scenario's three snapshots written as text, one file per line:
 *
 * <pre>
 * local  ID PATH HASH [size=N] [tags=a,b] [meta.K=JSON] [xy=X,Y,W,H] [trashed]
 * remote ID PATH VERSION [size=N] [tags=...] [meta.K=JSON] [xy=...]
 * base   LOCAL_ID REMOTE_ID PATH HASH VERSION [size=N] [tags=...] [meta.K=JSON] [xy=...]
 * known  REMOTE_ID VERSION HASH        (which local hash a remote version holds)
 * options [yes] [max-delete-percent=N] [max-deletes=N] [prefer=library|service|both]
 * resolve KEY library|service|both   (a person's choice for the conflict of item KEY)
 * </pre>
 *
 * Sizes default to 100. Lines starting with {@code #} are comments.
 */
record ScenarioText(LocalSnapshot local, RemoteSnapshot remote, BaseSnapshot base, PlanOptions options) {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static ScenarioText parse(String text) {
        List<LocalFile> local = new ArrayList<>();
        List<RemoteEntry> remote = new ArrayList<>();
        List<BaseEntry> base = new ArrayList<>();
        Map<String, String> known = new LinkedHashMap<>();
        PlanOptions options = PlanOptions.DEFAULTS;
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] w = line.split("\\s+");
            Map<String, String> opts = options(w);
            switch (w[0]) {
                case "local" -> local.add(new LocalFile(w[1], w[2], w[3], size(opts), attributes(opts), opts.containsKey("trashed")));
                case "remote" -> remote.add(new RemoteEntry(w[1], w[2], w[3], size(opts), T, attributes(opts)));
                case "base" -> base.add(new BaseEntry(w[1], w[2], w[3], w[4], w[5], size(opts), T, attributes(opts)));
                case "known" -> known.put(BaseSnapshot.versionKey(w[1], w[2]), w[3]);
                case "options" -> options = new PlanOptions(Integer.parseInt(opts.getOrDefault("max-delete-percent", "50")),
                        Integer.parseInt(opts.getOrDefault("max-deletes", "100")), opts.containsKey("yes"))
                        .withPrefer(Resolution.of(opts.getOrDefault("prefer", "both")));
                case "resolve" -> resolutions.put(w[1], Resolution.of(w[2]));
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        return new ScenarioText(LocalSnapshot.of(local), RemoteSnapshot.of(remote), BaseSnapshot.of(base, known),
                options.withResolutions(resolutions));
    }

    private static Map<String, String> options(String[] words) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0) out.put(w.substring(0, eq), w.substring(eq + 1));
            else if (w.equals("trashed") || w.equals("yes")) out.put(w, "");
        }
        return out;
    }

    private static long size(Map<String, String> opts) {
        return Long.parseLong(opts.getOrDefault("size", "100"));
    }

    private static Attributes attributes(Map<String, String> opts) {
        List<String> tags = opts.containsKey("tags") && !opts.get("tags").isEmpty()
                ? Arrays.asList(opts.get("tags").split(",")) : List.of();
        Map<String, String> meta = new TreeMap<>();
        opts.forEach((k, v) -> {
            if (k.startsWith("meta.")) meta.put(k.substring(5), v);
        });
        return Attributes.of(tags, meta, Optional.ofNullable(opts.get("xy")));
    }
}

package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.desktop.Version;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.ItemFailure;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncReport;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.side.ClientRemoteSide;
import io.mediadesk.sync.side.ClientSettings;
import io.mediadesk.sync.side.LibraryLocalSide;
import io.mediadesk.sync.side.LibrarySettings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk sync [--dry-run] [--yes]}: two-way sync of the library with the account. Prints
 * the plan, then runs it with progress on stderr. A plan a brake refused (too many deletions, a side
 * that looks empty) is exit 6, the dry run included, so a script can ask first; {@code --yes}
 * confirms what a person may confirm. Items that failed are listed and make it exit 5; the next
 * sync retries them. Presets (named transformations) and custom metadata field definitions are
 * synced too, first, and print after the assets' plan; a field whose type or rules differ on the two
 * sides waits for a person (exit 6), and an account without the named-transformations API keeps
 * presets local and the plan says so. {@code --prefer library|service} settles every conflict for
 * that side (the planner's {@code PlanOptions.prefer}).
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Two-way sync of the library with the account at --api-base/--upload-base (key from "
                + EnvironmentCredentials.VARIABLE + ").",
            "Prints the plan (adds, updates, moves, deletes, conflicts), then runs it. Edits on both sides are merged;",
            "an edit beats a delete; content changed on both sides keeps both. Deleting more than half of the synced",
            "files (or more than 100) needs --yes; an empty listing never deletes anything.",
            "Presets and field definitions go both ways too; a preset edited on both sides keeps both (NAME_conflict_N),",
            "a field whose type or rules differ waits for a decision (exit 6).",
            "--prefer library|service settles every conflict for one side instead: content, a field or a move changed",
            "on both sides takes that side's, and an edit meeting a delete lets that side's delete win (no copies).",
            "JSON: {\"plan\":[{\"action\",\"side\",\"path\",\"detail\"}],\"applied\":N,\"conflicts\":N,\"failed\":[…],\"refused\"?}"})
final class SyncCommand implements Callable<Integer> {
    private static final Duration LEASE = Duration.ofMinutes(2);

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Confirm what a brake stopped (many deletions).")
    private boolean yes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Items transferred at once (default: 4).")
    private int threads;

    @Option(names = "--prefer", paramLabel = "SIDE", description = "Settle every conflict for one side: library or service "
            + "(default: keep both, an edit beats a delete).")
    private String prefer;

    @Override
    public Integer call() {
        if (threads < 1 || threads > 32) throw usage("--threads must be 1..32, got " + threads);
        Resolution side = Resolution.KEEP_BOTH;
        if (prefer != null) {
            if (!prefer.equals("library") && !prefer.equals("service")) throw usage("--prefer takes library or service, got " + prefer);
            side = Resolution.of(prefer);
        }
        PrivateKey key = key();
        GlobalOptions global = root.global();
        ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withBases(global.apiBase(), global.uploadBase())
                .withVersion(Version.value()), key);
        try (AppServices services = root.openServices();
                LibraryLocalSide local = new LibraryLocalSide(services.library(), Clock.systemUTC())) {
            var library = services.library();
            SyncSession session = new SyncSession(local, new ClientRemoteSide(client, library.folder().resolve("sync-tmp")),
                    library.catalog().syncLedger(), Dispatcher.parallel(threads), Clock.systemUTC(), owner(), LEASE)
                    .withSettings(new LibrarySettings(library.catalog().presets(), library.assets()), new ClientSettings(client));
            PlanOptions options = PlanOptions.DEFAULTS.withConfirmed(yes).withPrefer(side);
            SyncOutcome outcome = dryRun ? session.previewAll(options)
                    : session.run(options, progress(root.stderr()));
            return report(outcome);
        }
    }

    private int report(SyncOutcome outcome) {
        SyncPlan plan = outcome.plan();
        SyncReport report = outcome.report();
        SettingsPlan settings = outcome.settings();
        List<ItemFailure> failures = new ArrayList<>(report.failures());
        failures.addAll(outcome.settingsReport().failures());
        int applied = report.applied() + outcome.settingsReport().applied();
        long conflicts = plan.conflicts() + settings.conflicts();
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> steps = new ArrayList<>(plan.json());
        steps.addAll(settings.json());
        json.put("plan", steps);
        json.put("applied", applied);
        json.put("conflicts", conflicts);
        json.put("failed", failures.stream().map(f -> Map.of("path", f.path(), "step", f.step(), "error", f.reason())).toList());
        List<String> refused = new ArrayList<>();
        plan.refusal().ifPresent(r -> refused.add(r.reason()));
        settings.presetRefusal().ifPresent(r -> refused.add(r.reason()));
        if (!refused.isEmpty()) json.put("refused", String.join("; ", refused));
        if (settings.decisions() > 0) json.put("decisions", settings.decisions());
        StringBuilder text = new StringBuilder(plan.print()).append(settings.print());
        if (!dryRun && plan.refusal().isEmpty()) {
            text.append(String.format(java.util.Locale.ROOT, "applied %d steps, %d conflicts, %d items failed", applied,
                    conflicts, failures.size()));
            failures.forEach(f -> text.append("\nfailed: ").append(f.path()).append(" (").append(f.step()).append("): ")
                    .append(f.reason()));
        } else if (dryRun) {
            text.append("dry run: nothing changed");
        }
        if (settings.decisions() > 0) {
            text.append("\n").append(settings.decisions()).append(" field definition").append(settings.decisions() == 1 ? "" : "s")
                    .append(" differ between the library and the service: make them agree, then sync again");
        }
        new Output(spec.commandLine().getOut(), root.global().json()).result(json, text.toString().stripTrailing());
        if (!refused.isEmpty() || settings.decisions() > 0) return ExitCode.REFUSED.code();
        return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.REMOTE.code();
    }

    private static Progress progress(PrintStream err) {
        return new Progress() {
            @Override
            public void done(Action step, int done, int total) {
                err.printf("[%d/%d] %s %s %s%n", done, total, step.verb(), step.side().word(), step.path());
            }

            @Override
            public void failed(ItemFailure f) {
                err.printf("failed: %s (%s): %s%n", f.path(), f.step(), f.reason());
            }
        };
    }

    /** Who holds the lease, for people reading the catalog: host and process. */
    private static String owner() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + ":" + ProcessHandle.current().pid() + ":" + System.nanoTime();
    }

    private PrivateKey key() {
        try {
            return root.credentials().privateKey().orElseThrow(() -> usage("sync needs the account's private key: set "
                    + EnvironmentCredentials.VARIABLE + " (it is never taken from the command line)"));
        } catch (IllegalArgumentException badKey) {
            throw usage(EnvironmentCredentials.VARIABLE + " does not hold a usable key: " + badKey.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

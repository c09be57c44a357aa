package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.Version;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.purge.PurgeApi;
import io.mediadesk.sync.purge.PurgeEntry;
import io.mediadesk.sync.purge.PurgePlan;
import io.mediadesk.sync.purge.PurgePlanner;
import io.mediadesk.sync.purge.PurgeQueue;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import io.mediadesk.sync.url.DeliveryUrls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk purge [--wait] URL... | --file FILE | --folder PATH | --asset ID | --preset NAME [--query Q]}:
 * CDN cache purge through the library's
 * purge queue ({@code <library>/purge}), so a run that is killed resumes when the same command is
 * run again, without sending what was already accepted. Everything is checked before anything is
 * sent: a URL the service would refuse (a misplaced wildcard) or a missing key is exit 2 with
 * nothing sent. Progress goes to stderr; stdout has one line per URL, or the contract's JSON. A
 * refusal or failure of the service is exit 5, after the results so far are printed.
 */
@Command(name = "purge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Purge the CDN cache for URLs (one request per URL; a trailing * purges a prefix, within the service's rules),",
            "or for the library's assets: a folder, an asset, or every URL a preset renders.",
            "Runs through a queue under <library>/purge: run the same command again to resume an interrupted run.",
            "The key comes from the OS credential store, else MEDIADESK_PRIVATE_KEY.",
            "JSON: {\"requests\":[{\"url\",\"requestId\",\"status\"}]}"})
final class PurgeCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Delivery URLs to purge.")
    private List<String> urls = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "Read the URLs from FILE, one a line (# comments and blank lines skipped).")
    private Path file;

    @Option(names = "--folder", paramLabel = "PATH",
            description = "Purge every file under a library folder: one PATH/* request where the service's rules allow it.")
    private List<String> folders = List.of();

    @Option(names = "--asset", paramLabel = "ID", description = "Purge a library asset's URL and, where allowed, its derivatives (file.ext*).")
    private List<String> assets = List.of();

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Purge every asset's URL rendered with the library's preset n-NAME, path and query forms (narrow with --query).")
    private String preset;

    @Option(names = "--query", paramLabel = "Q", description = "With --preset: only the assets this searchQuery matches.")
    private String query;

    @Option(names = "--wait", description = "Poll each request until the service reports it Completed.")
    private boolean wait;

    @Option(names = "--quota", paramLabel = "N", defaultValue = "1000",
            description = "The account's monthly purge quota, counted locally (default: ${DEFAULT-VALUE}, the spec's).")
    private int quota;

    /** Tests and the e2e check poll sooner than a user needs to. */
    @Option(names = "--first-poll-ms", hidden = true, defaultValue = "5000")
    private long firstPollMillis;

    @Override
    public Integer call() throws IOException {
        PurgePlan plan = plan();
        PrivateKey key = key();
        ImageKitClient client = client(key);
        try (PurgeQueue queue = PurgeQueue.open(root.global().library().resolve("purge"))) {
            List<PurgeEntry> batch = queue.enqueue(plan.urls());
            showQuota(queue, batch);
            SyncException stopped = run(client, queue);
            List<PurgeEntry> now = batch.stream().map(e -> queue.entry(e.id())).toList();
            new PurgeResults(now).print(spec.commandLine().getOut(), root.global().json());
            if (stopped != null) {
                throw stopped;
            }
            return failures(now);
        }
    }

    private PurgePlan plan() throws IOException {
        boolean fromLibrary = !folders.isEmpty() || !assets.isEmpty() || preset != null;
        if (!urls.isEmpty() && file != null || urls.isEmpty() && file == null && !fromLibrary) {
            throw usage("purge needs URL... or --file FILE (one of the two), or library assets (--folder, --asset, --preset)");
        }
        if (query != null && preset == null) {
            throw usage("--query narrows --preset; give --preset NAME too");
        }
        PurgePlanner planner = root.global().urlEndpoint().map(this::endpoint).map(PurgePlanner::forEndpoint)
                .orElseGet(PurgePlanner::withoutEndpoint);
        if (fromLibrary && root.global().urlEndpoint().isEmpty()) {
            throw usage("purging library assets needs the account's --url-endpoint to build their URLs");
        }
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw usage("cannot read --file " + file);
            }
            planner.fileOfUrls(Files.readString(file, StandardCharsets.UTF_8));
        } else {
            planner.urls(urls);
        }
        if (fromLibrary) {
            new LibraryPurgeTargets(root.global().library(), root.global().libraryUri(), root.upgrades()).addTo(planner, folders, assets, preset, query);
        }
        PurgePlan plan = planner.plan();
        if (!plan.clean()) {
            throw usage("the service would refuse " + plan.rejections().size() + " URL(s); nothing was sent: "
                    + plan.rejections().stream().limit(3).map(r -> r.input() + " (" + r.reason() + ")").collect(Collectors.joining("; ")));
        }
        if (plan.urls().isEmpty()) {
            throw usage(file != null ? "no URLs to purge in " + file : "nothing to purge: no asset matched");
        }
        return plan;
    }

    private SyncException run(ImageKitClient client, PurgeQueue queue) {
        PurgeRunner.Options options = PurgeRunner.Options.defaults()
                .withPolls(Duration.ofMillis(firstPollMillis), Duration.ofMinutes(1));
        ProgressLine progress = new ProgressLine(root.stderr(), Duration.ofSeconds(1));
        PurgeRunner runner = new PurgeRunner(PurgeApi.of(client), queue, options).onProgress(progress);
        Thread hook = new Thread(runner::cancel, "purge-cancel");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C: stop after the request in flight
        try {
            runner.run(wait);
            return null;
        } catch (SyncException e) {
            return e;
        } finally {
            removeHook(hook);
            progress.finish();
        }
    }

    private void showQuota(PurgeQueue queue, List<PurgeEntry> batch) {
        PurgeQuota limit = new PurgeQuota(quota);
        int toSend = (int) batch.stream().filter(e -> e.requestId() == null && !e.finished()).count();
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        if (toSend >= PurgeQuota.LARGE_RUN || limit.exceededBy(queue, toSend, month)) {
            root.stderr().println(limit.summary(queue, toSend, month));
        }
    }

    private int failures(List<PurgeEntry> entries) {
        List<PurgeEntry> failed = entries.stream().filter(e -> e.state() == PurgeEntry.State.FAILED).toList();
        if (failed.isEmpty()) {
            return ExitCode.OK.code();
        }
        throw new CommandFailure(ExitCode.REMOTE, "the service refused " + failed.size() + " purge request(s), e.g. "
                + failed.get(0).url() + ": " + failed.get(0).error(), null);
    }

    private ImageKitClient client(PrivateKey key) {
        try {
            return ImageKitClient.create(ClientConfig.defaults().withBases(root.global().apiBase(), root.global().uploadBase())
                    .withVersion(Version.value()), key);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private PrivateKey key() {
        try {
            return root.credentials().privateKey().orElseThrow(() -> usage("purge needs the private key: keep it in the OS "
                    + "credential store or set " + EnvironmentCredentials.VARIABLE + " (it is never taken from the command line)"));
        } catch (IllegalArgumentException badKey) {
            throw usage("the stored or " + EnvironmentCredentials.VARIABLE + " key is not usable: " + badKey.getMessage());
        }
    }

    private DeliveryUrls endpoint(String url) {
        try {
            return DeliveryUrls.of(url);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and the hook has run: nothing to undo.
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

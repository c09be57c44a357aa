package io.mediadesk.sync.side;

import io.mediadesk.library.Library;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.ItemFailure;
import io.mediadesk.sync.run.LeaseHeldException;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One sync of a real library (SQLite or MongoDB catalog, originals) with an account, through the real client,
 * in its own JVM, for {@link SyncKillTest} to kill with {@code destroyForcibly}. Arguments: library
 * folder, API base, lease time in ms, owner, and optionally the catalog's URI ({@code mongodb://...}). The key comes from {@code MEDIADESK_PRIVATE_KEY}.
 * Prints the plan it would make ({@code plan ...} lines), {@code items N} once planned, {@code step N/T} after each step, {@code lease held} each
 * time the lease is refused (it then tries again every 200 ms, for up to a minute), and
 * {@code done applied=A failures=F} at the end.
 */
public final class SyncChild {
    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        ClientConfig config = ClientConfig.defaults().withBases(args[1], args[1]).withVersion("kill-test");
        ImageKitClient client = ImageKitClient.create(config, new EnvironmentCredentials().privateKey().orElseThrow());
        Duration lease = Duration.ofMillis(Long.parseLong(args[2]));
        try (Library library = Library.open(Path.of(args[0]), args.length > 4 ? Optional.of(args[4]) : Optional.empty());
                LibraryLocalSide local = new LibraryLocalSide(library, Clock.systemUTC())) {
            SyncSession session = new SyncSession(local, new ClientRemoteSide(client, library.folder().resolve("sync-tmp")),
                    library.catalog().syncLedger(), Dispatcher.parallel(2), Clock.systemUTC(), args[3], lease);
            var plan = session.preview(PlanOptions.DEFAULTS);
            plan.print().lines().forEach(l -> System.out.println("plan " + l));
            System.out.println("items " + plan.items().size());
            Progress progress = new Progress() {
                @Override
                public void done(Action step, int done, int total) {
                    say("step " + done + "/" + total);
                }

                @Override
                public void failed(ItemFailure failure) {
                    say("failed " + failure);
                }
            };
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (true) {
                try {
                    SyncOutcome o = session.run(PlanOptions.DEFAULTS, progress);
                    say("done applied=" + o.report().applied() + " failures=" + o.report().failures().size());
                    return;
                } catch (LeaseHeldException e) {
                    say("lease held");
                    if (System.nanoTime() > deadline) throw e;
                    Thread.sleep(200);
                }
            }
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

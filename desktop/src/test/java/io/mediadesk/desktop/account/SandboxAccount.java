package io.mediadesk.desktop.account;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.Importer;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Test helpers: a connection to a running stand-in, and a library with three small corpus images. */
public final class SandboxAccount {
    public static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    public static final List<String> FILES = List.of("afl_not_kitty.jpg", "afl_not_kitty.webp", "afl_not_kitty_alpha.png");

    private SandboxAccount() {
    }

    public static Connection connect(Sandbox sandbox) {
        AccountProfile profile = new AccountProfile("sandbox-test", sandbox.urlEndpoint(), sandbox.apiBase(), sandbox.uploadBase(),
                sandbox.publicKey(), KeyHint.of(sandbox.privateKey()), true);
        return Connection.open(profile, PrivateKey.of(sandbox.privateKey()));
    }

    /** Imports the three images at the library's root (skips the test without the shared corpus); returns their ids. */
    public static List<AssetId> importCorpus(Library library) {
        assumeTrue(Files.isRegularFile(CORPUS.resolve(FILES.get(0))), "shared corpus not found at " + CORPUS.toAbsolutePath());
        try (Importer importer = new Importer(library, Clock.systemUTC())) {
            return importer.run(FILES.stream().map(CORPUS::resolve).toList(), ImportOptions.DEFAULT.withThumbnails(false),
                    ImportProgress.NONE, new Cancellation()).items().stream().map(ImportItem::id).flatMap(Optional::stream).toList();
        }
    }
}

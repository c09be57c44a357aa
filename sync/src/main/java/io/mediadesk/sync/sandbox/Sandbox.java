package io.mediadesk.sync.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The local stand-in of the hosted service, listening on 127.0.0.1.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
 *     // REST calls go to sandbox.apiBase() + "/v1/files", uploads to sandbox.uploadBase() + "/api/v1/files/upload",
 *     // with Basic auth sandbox.privateKey() + ":"; delivery URLs start with sandbox.urlEndpoint().
 *     sandbox.faults().once(Family.UPLOAD, Fault.loseResponseAfterCommit());
 *     sandbox.files();        // what the server holds now
 *     sandbox.requests();     // what it was asked
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private static final int THREADS = 16;

    static {
        // The JDK server writes a reply's headers and body separately; with Nagle on, the body
        // waits for the client's delayed ACK, adding about 40 ms to every call on loopback (measured:
        // 18 purge calls/s against a 200/s limit). Read once per JVM, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Store store;
    private final Account account;
    private final Renderer renderer;
    private final Faults faults = new Faults();
    private final RateLimit rateLimit;
    private final RequestLog log = new RequestLog();
    private final String base;

    private Sandbox(SandboxOptions options, Store store) throws IOException {
        this.store = store;
        keys(options);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 64);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        account = new Account(base + "/ik", options);
        // l-image,i-brand@@logo.png in a delivery URL draws the account's own /brand/logo.png, as the CDN does.
        renderer = new Renderer(Limits.DEFAULT, 1).useLayerSource(this::layerFile);
        rateLimit = new RateLimit(options.rateLimit(), options.rateInterval().toMillis(), System::currentTimeMillis);
        Access access = new Access(store.state().privateKey);
        server.createContext("/", new Gateway(ApiRoutes.of(store, account, renderer), faults, () -> access, rateLimit, store, log));
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
    }

    /** The blob of the published file at {@code path} (no leading slash), for image layers. */
    private Optional<Path> layerFile(String path) {
        try {
            return store.locked(() -> store.fileAt("/" + path).filter(f -> f.current().isPublished)
                    .map(f -> store.blobs().path(f.current().blob)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a sandbox; it is listening when this returns. */
    public static Sandbox start(SandboxOptions options) throws IOException {
        Store store = Store.open(options.dataFolder(), options.clock(), options.seed());
        try {
            Sandbox sandbox = new Sandbox(options, store);
            sandbox.server.start();
            return sandbox;
        } catch (IOException | RuntimeException e) {
            store.close(); // releases the data folder, e.g. when the port is taken
            throw e;
        }
    }

    public static Sandbox start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    private void keys(SandboxOptions options) throws IOException {
        State state = store.state();
        options.privateKey().ifPresent(key -> state.privateKey = key);
        if (state.privateKey == null) {
            state.privateKey = "private_" + randomKey();
        }
        if (state.publicKey == null) {
            state.publicKey = "public_" + randomKey();
        }
        store.save();
    }

    /** Keys are throwaway but still unguessable: a sandbox may listen while other programs run. */
    private static String randomKey() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The REST API base: calls go to {@code apiBase() + "/v1/..."}. */
    public String apiBase() {
        return base;
    }

    /** The upload API base: uploads go to {@code uploadBase() + "/api/v1/files/upload"}. */
    public String uploadBase() {
        return base;
    }

    /** The delivery URL endpoint, e.g. {@code http://127.0.0.1:PORT/ik} (no trailing slash). */
    public String urlEndpoint() {
        return account.urlEndpoint();
    }

    public String privateKey() {
        return store.state().privateKey;
    }

    public String publicKey() {
        return store.state().publicKey;
    }

    public Faults faults() {
        return faults;
    }

    /** Changes the API rate limit (upload and delivery are never limited) and starts a new window. */
    public void rateLimit(int limit, Duration interval) {
        rateLimit.set(limit, interval.toMillis());
    }

    /** Off: {@code /v1/named-transformations} answers 404, as on accounts without that API. */
    public void namedTransformationsApi(boolean enabled) {
        account.namedTransformationsApi(enabled);
    }

    /** Off: {@code /v1/accounts/usage} answers 403, as for a restricted key without that permission. */
    public void usagePermission(boolean allowed) {
        account.usagePermission(allowed);
    }

    public List<RequestRecord> requests() {
        return log.snapshot();
    }

    public List<FileSnapshot> files() {
        return read(() -> store.state().files.values().stream().map(FileSnapshot::of)
                .sorted(Comparator.comparing(FileSnapshot::filePath)).toList());
    }

    /**
     * Puts {@code files} straight into the account (no HTTP, no upload, no rate limit), as uploads
     * of each of their versions would have: for benches and tests that need a large account. Names
     * are cleaned as the upload endpoint cleans them; a path the account already holds is refused
     * (and the files before it stay). Returns how many were added.
     */
    public int seed(Stream<SeedFile> files) {
        return read(() -> {
            try {
                return new Seeder(store).seed(files.iterator());
            } finally {
                store.save();
            }
        });
    }

    /** The URL of every purge request the service accepted, oldest first: tests count duplicates with it. */
    public List<String> purgedUrls() {
        return read(() -> store.state().purges.values().stream()
                .sorted(Comparator.comparingLong((PurgeRequest p) -> p.createdAtMillis)).map(p -> p.url).toList());
    }

    public Optional<FileSnapshot> file(String filePath) {
        return read(() -> store.fileAt(filePath).map(FileSnapshot::of));
    }

    private <T> T read(Store.Work<T> work) {
        try {
            return store.locked(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops listening at once (in-flight requests are cut), saves nothing new (every change was saved as made). */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        renderer.close();
        store.close();
    }
}

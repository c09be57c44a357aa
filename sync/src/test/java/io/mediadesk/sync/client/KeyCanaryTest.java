package io.mediadesk.sync.client;

import static io.mediadesk.sync.client.TestClients.file;
import static io.mediadesk.sync.client.TestClients.json;
import static io.mediadesk.sync.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.http.RetryNotice;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.url.DeliveryUrls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Plants a canary private key, drives the client through successes, every failure kind, retries,
 * a reconciled upload and a signed URL with logging at TRACE, then scans every captured log line
 * and every exception's message, toString and stack trace for the key in any of its forms.
 */
class KeyCanaryTest {
    private static final String CANARY = "private_CANARY_k3y_9Yq7LmZ2wX";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    @TempDir
    Path tmp;

    private final StringBuilder log = new StringBuilder();
    private final List<String> thrown = new ArrayList<>();
    private final List<RetryNotice> notices = new CopyOnWriteArrayList<>();
    private Logger root;
    private Level previous;
    private AppenderBase<ILoggingEvent> capture;
    private ch.qos.logback.core.Appender<ILoggingEvent> console;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%level %logger %msg %mdc %ex{full}%n");
        layout.start();
        capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (log) {
                    log.append(layout.doLayout(event));
                }
            }
        };
        capture.setContext(context);
        capture.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        console = root.getAppender("CONSOLE");
        root.detachAppender(console);
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        root.addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(capture);
        if (console != null) {
            root.addAppender(console);
        }
        root.setLevel(previous);
    }

    @Test
    void theKeyNeverAppearsInLogsOrExceptionsInAnyForm() throws Exception {
        PrivateKey key = PrivateKey.of(CANARY);
        ImageKitClient client = ImageKitClient.create(TestClients.config(server, new ManualTime()).withRetryObserver(notices::add), key);
        runThroughSuccessAndFailure(client, key);

        assertThat(log).as("debug logging ran").contains("-> GET", "Authorization: [REDACTED]");
        String everything = log + "\n" + String.join("\n", thrown) + "\n" + notices + "\n" + key;
        for (String form : forms()) {
            assertThat(everything).as("canary form " + form).doesNotContain(form);
        }
        assertThat(thrown).hasSizeGreaterThanOrEqualTo(6);
    }

    private void runThroughSuccessAndFailure(ImageKitClient client, PrivateKey key) throws Exception {
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        server.enqueue(json(500, "{\"message\":\"boom\"}"));
        server.enqueue(ok("[]"));
        client.files().list(FileQuery.all()).toList();
        expectFailure(() -> client.files().details("f1"), json(401, "{\"message\":\"Your request contains expired private API key.\"}"));
        expectFailure(() -> client.files().details("f1"), json(400, "{\"message\":\"bad\",\"reason\":\"INVALID_PARAMETER\"}"));
        expectFailure(() -> client.files().details("f1"), ok("{broken"));
        expectFailure(() -> client.files().copy("/a", "/b", false), json(503, "down"));
        expectFailure(() -> client.namedTransformations().list(), json(404, "{}"));
        // Nothing listens on port 1: every attempt is refused, ending in a transport error.
        ImageKitClient nowhere = ImageKitClient.create(TestClients.config(server, new ManualTime())
                .withBases("http://127.0.0.1:1/", "http://127.0.0.1:1/"), key);
        capture(() -> nowhere.files().details("f1"));
        Path upload = Files.write(tmp.resolve("a.jpg"), new byte[] {1, 2, 3, 4, 5});
        server.enqueue(new MockResponse.Builder().code(200).body("{}").onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("[" + file("u1", "/a.jpg") + "]"));
        client.uploads().upload(UploadRequest.of(upload).useUniqueFileName(false));
        String signed = DeliveryUrls.of("https://ik.imagekit.io/demo").path("a.jpg").signedWith(key).expiresIn(60).build();
        LoggerFactory.getLogger("canary.url").debug("signed url {}", signed);
        capture(() -> PrivateKey.of(CANARY + " with a space"));
    }

    private void expectFailure(Runnable call, MockResponse response) {
        server.enqueue(response);
        capture(call);
    }

    private void capture(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            thrown.add(e.getMessage() + "\n" + e + "\n" + trace);
        }
    }

    private static List<String> forms() {
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] raw = CANARY.getBytes(StandardCharsets.UTF_8);
        byte[] basic = (CANARY + ":").getBytes(StandardCharsets.UTF_8);
        return List.of(CANARY, "CANARY_k3y", b64.encodeToString(raw), b64.encodeToString(basic),
                Base64.getUrlEncoder().encodeToString(basic), b64.encodeToString(basic).replace("=", ""));
    }
}

package io.mediadesk.sync.client;

import static io.mediadesk.sync.client.TestClients.file;
import static io.mediadesk.sync.client.TestClients.json;
import static io.mediadesk.sync.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.error.MalformedResponseException;
import io.mediadesk.sync.client.error.RateLimitedException;
import io.mediadesk.sync.client.error.ServerErrorException;
import io.mediadesk.sync.client.error.TransportException;
import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.http.RetryNotice;
import io.mediadesk.sync.client.model.FileQuery;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP faults of reliability.md, each against a MockWebServer, on manual time: every wait the
 * client decides on is asserted through the injected sleeper, and no test sleeps for real.
 */
class FaultMatrixTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final ManualTime time = new ManualTime();
    private final List<RetryNotice> notices = new CopyOnWriteArrayList<>();
    private ImageKitClient client;

    @BeforeEach
    void setUp() {
        client = ImageKitClient.create(TestClients.config(server, time).withRetryObserver(notices::add), TestClients.KEY);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void aServerErrorOnceThenSuccessTakesExactlyTwoRequestsAndWaitsAtLeastTheBase(int status) {
        server.enqueue(json(status, "{\"message\":\"boom\"}"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        assertThat(client.files().details("f1").fileId()).isEqualTo("f1");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000)));
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.cause()).isEqualTo("HTTP " + status));
    }

    @Test
    void serverErrorsForeverGiveUpAfterFiveAttemptsWithTheRequestId() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("x-ik-requestId", "req-" + i).body("down").build());
        }
        assertThatThrownBy(() -> client.files().details("f1"))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.requestId()).contains("req-4");
                    assertThat(e.getMessage()).contains("GET /v1/files/f1/details", "HTTP 503", "req-4");
                });
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(time.sleeps()).hasSize(4).allSatisfy(w -> assertThat(w).isBetween(Duration.ofMillis(500), Duration.ofSeconds(30)));
    }

    @Test
    void backoffCeilingsDoubleWithEachRetry() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(500, "{}"));
        }
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(ServerErrorException.class);
        List<Duration> waits = time.sleeps();
        for (int retry = 1; retry <= 4; retry++) {
            assertThat(waits.get(retry - 1)).isLessThanOrEqualTo(Duration.ofMillis(500L << retry));
        }
    }

    @Test
    void a429WithRetryAfterSecondsWaitsThatLong() {
        server.enqueue(rateLimited("Retry-After", "30"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a429WithAnHttpDateWaitsUntilThatDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.now().plusSeconds(45).atOffset(ZoneOffset.UTC));
        server.enqueue(rateLimited("Retry-After", date));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(45));
    }

    @Test
    void xRateLimitResetIsMillisecondsNotSeconds() {
        server.enqueue(rateLimited("X-RateLimit-Reset", "1500"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void a429WithoutHeadersFallsBackToBackoff() {
        server.enqueue(json(429, "{\"message\":\"slow down\"}"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        assertThat(time.sleeps()).singleElement().satisfies(w -> assertThat(w).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
    }

    @Test
    void anAbsurdRetryAfterIsClampedToFiveMinutesAndSurfaced() {
        server.enqueue(rateLimited("Retry-After", "86400"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(5));
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.clamped()).isTrue());
    }

    @Test
    void a429ThatNeverEndsIsARateLimitedErrorCarryingTheRequestedWait() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(rateLimited("Retry-After", "86400"));
        }
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofDays(1));
            assertThat(e.clamped()).isTrue();
        });
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void afterA429TheNextCallToThatEndpointWaitsTooEvenWithoutRetries() {
        ImageKitClient once = ImageKitClient.create(TestClients.config(server, time)
                .withRetry(io.mediadesk.sync.client.http.RetryPolicy.noRetries()), TestClients.KEY);
        server.enqueue(rateLimited("X-RateLimit-Reset", "2000"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        assertThatThrownBy(() -> once.files().details("f1")).isInstanceOf(RateLimitedException.class);
        assertThat(time.sleeps()).isEmpty();
        once.files().details("f2");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(2000));
    }

    @Test
    void theLimitAndIntervalHeadersSpaceOutTheNextRequests() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-RateLimit-Limit", "10")
                .addHeader("X-RateLimit-Interval", "1000").body(file("f1", "/a.jpg")).build());
        server.enqueue(ok(file("f1", "/a.jpg")));
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        client.files().details("f1");
        client.files().details("f1");
        // 10 per 1000 ms: the second request waits 100 ms after the first; the third answer had no limit headers.
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void theEleventhRequestWaitsAWholeSecondAfterTheFirstWasAnswered() {
        for (int i = 0; i < 12; i++) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("X-RateLimit-Limit", "10")
                    .addHeader("X-RateLimit-Interval", "1000").body(file("f1", "/a.jpg")).build());
        }
        for (int i = 0; i < 12; i++) {
            client.files().details("f1");
        }
        // 100 ms apart; the 11th waits until 1000 ms (+ 2 ms slack) after the 1st was answered (at once on this
        // clock, which moves only when the client sleeps), the 12th 100 ms after that.
        List<Duration> expected = new java.util.ArrayList<>(java.util.Collections.nCopies(9, Duration.ofMillis(100)));
        expected.addAll(List.of(Duration.ofMillis(102), Duration.ofMillis(100)));
        assertThat(time.sleeps()).containsExactlyElementsOf(expected);
    }

    @Test
    void a401MidRunStopsAtOnceWithOneRequest() {
        server.enqueue(json(401, "{\"message\":\"Your request does not contain private API key.\",\"help\":\"For support...\"}"));
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.error().message()).contains("private API key");
            assertThat(e.requestId()).contains("req-401");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a403IsAnAuthenticationErrorToo() {
        server.enqueue(json(403, "{\"message\":\"Your account is disabled.\"}"));
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(AuthenticationException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a4xxCarriesMessageReasonAndRequestIdAndIsNotRetried() {
        server.enqueue(json(409, "{\"message\":\"File exists\",\"help\":\"h\",\"reason\":\"FILE_ALREADY_EXISTS\"}"));
        assertThatThrownBy(() -> client.files().rename("/a.jpg", "b.jpg", false)).isInstanceOfSatisfying(ClientErrorException.class, e -> {
            assertThat(e.isConflict()).isTrue();
            assertThat(e.error().reasonCode()).contains("FILE_ALREADY_EXISTS");
            assertThat(e.getMessage()).contains("PUT /v1/files/rename", "409", "File exists", "FILE_ALREADY_EXISTS", "req-409");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void metadataFieldValidationErrorsComeBackPerField() {
        server.enqueue(json(400, "{\"message\":\"Invalid field object\",\"errors\":{\"minValue\":\"should be of type number\"}}"));
        assertThatThrownBy(() -> client.metadataFields().create("n", "N",
                io.mediadesk.sync.client.model.MetadataFieldSchema.of("Number"), null))
                .isInstanceOfSatisfying(ClientErrorException.class, e ->
                        assertThat(e.error().fieldErrors()).containsEntry("minValue", "should be of type number"))
                .hasMessageContaining("minValue");
    }

    @Test
    void aSpentRetryBudgetStopsRetryingDuringAnOutage() {
        ImageKitClient tight = ImageKitClient.create(TestClients.config(server, time).withRetry(
                new io.mediadesk.sync.client.http.RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
                        Duration.ofMinutes(5), 0.1, 2, Duration.ofSeconds(10))), TestClients.KEY);
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(503, "{}"));
        }
        assertThatThrownBy(() -> tight.files().details("f1")).isInstanceOf(ServerErrorException.class);
        // One request earns 0.1 retries; the reserve of 2 is all there is.
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aNonJsonErrorBodyIsKeptAsHelpText() {
        server.enqueue(new MockResponse.Builder().code(400).body("<html>Bad gateway thing</html>").build());
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOfSatisfying(ClientErrorException.class,
                e -> assertThat(e.error().help()).contains("Bad gateway thing"));
    }

    @Test
    void malformedJsonIsAMalformedResponseAndNotRetried() {
        server.enqueue(ok("{\"fileId\": \"f1\", "));
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET /v1/files/f1/details").hasMessageContaining("req-200");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anHtmlPageWith200IsMalformed() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());
        assertThatThrownBy(() -> client.files().list(FileQuery.all()).toList()).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void theWrongShapeIsMalformed() {
        server.enqueue(ok("{\"not\":\"an array\"}"));
        assertThatThrownBy(() -> client.files().list(FileQuery.all()).toList()).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aDeeplyNestedAnswerIsRefusedAsMalformed() {
        server.enqueue(ok("{\"fileId\":\"f\",\"customMetadata\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}"));
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void anOversizedAnswerIsRefusedAsMalformed() {
        ImageKitClient small = ImageKitClient.create(TestClients.config(server, time).withMaxResponseBytes(1000), TestClients.KEY);
        server.enqueue(ok("[" + (file("f", "/a.jpg") + ",").repeat(20) + file("f", "/a.jpg") + "]"));
        assertThatThrownBy(() -> small.files().list(FileQuery.all()).toList()).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void aTruncatedBodyIsATransportFailureAndARetriedRead() {
        server.enqueue(new MockResponse.Builder().code(200).body(file("f1", "/a.jpg")).setHeader("Content-Length", 500)
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok(file("f1", "/a.jpg")));
        assertThat(client.files().details("f1").fileId()).isEqualTo("f1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDisconnectOnEveryAttemptEndsAsATransportError() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        }
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(TransportException.class)
                .hasMessageContaining("GET /v1/files/f1/details");
        assertThat(time.sleeps()).hasSize(4);
    }

    @Test
    void aNonIdempotentCallIsNotResentAfterAServerError() {
        server.enqueue(json(502, "{}"));
        assertThatThrownBy(() -> client.files().copy("/a.jpg", "/b/", false)).isInstanceOf(ServerErrorException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aNonIdempotentCallIsResentAfterA429BecauseTheServiceDidNotAct() {
        server.enqueue(rateLimited("Retry-After", "1"));
        server.enqueue(json(201, "{\"requestId\":\"p1\"}"));
        assertThat(client.purges().submit("https://ik.imagekit.io/demo/a.jpg")).isEqualTo("p1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anAccountWithoutTheNamedTransformationsApiSaysSo() {
        server.enqueue(json(404, "{\"message\":\"Not Found\"}"));
        assertThatThrownBy(() -> client.namedTransformations().list())
                .isInstanceOf(io.mediadesk.sync.client.error.DashboardManagedException.class)
                .hasMessageContaining("named transformations are managed in the dashboard for this account");
    }

    @Test
    void aRedirectIsNotFollowedWithTheKey() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/steal").build());
        assertThatThrownBy(() -> client.files().details("f1")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("redirect");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static MockResponse rateLimited(String header, String value) {
        return new MockResponse.Builder().code(429).addHeader(header, value).addHeader("x-ik-requestId", "req-429")
                .body("{\"message\":\"rate limited\"}").build();
    }
}

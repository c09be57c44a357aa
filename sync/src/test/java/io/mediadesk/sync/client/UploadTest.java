package io.mediadesk.sync.client;

import static io.mediadesk.sync.client.TestClients.file;
import static io.mediadesk.sync.client.TestClients.json;
import static io.mediadesk.sync.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.CancelledException;
import io.mediadesk.sync.client.error.ServerErrorException;
import io.mediadesk.sync.client.http.Cancellation;
import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads: the multipart shape, streaming and progress, cancel, and exactly-once under lost answers. */
class UploadTest {
    private static final String UPLOADED = "{\"fileId\":\"u1\",\"name\":\"shoe.jpg\",\"filePath\":\"/products/shoe.jpg\","
            + "\"url\":\"https://ik.imagekit.io/demo/products/shoe.jpg\",\"thumbnailUrl\":\"t\",\"size\":5,"
            + "\"versionInfo\":{\"id\":\"v1\",\"name\":\"Version 1\"},\"fileType\":\"image\"}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    @TempDir
    Path tmp;

    private final ManualTime time = new ManualTime();
    private ImageKitClient client;
    private Path shoe;

    @BeforeEach
    void setUp() throws Exception {
        client = TestClients.client(server, time);
        shoe = Files.write(tmp.resolve("shoe.jpg"), new byte[] {1, 2, 3, 4, 5});
    }

    @Test
    void everyFieldTravelsAsAFormPartAndTheFileGoesLastAsBytes() throws Exception {
        server.enqueue(ok(UPLOADED));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("brand", "acme");
        client.uploads().upload(UploadRequest.of(shoe).folder("/products/").useUniqueFileName(false).tags(List.of("a", "b"))
                .privateFile(true).published(false).customCoordinates("1,2,3,4").responseFields(List.of("tags", "customMetadata"))
                .extensions(List.of(Map.of("name", "remove-bg"))).webhookUrl("https://hook.example/x").overwriteFile(false)
                .overwriteAiTags(false).overwriteTags(true).overwriteCustomMetadata(false).customMetadata(metadata)
                .transformation("w-100", List.of(Map.of("type", "thumbnail", "value", "w-150"))).checks("\"file.size\" < \"1mb\"")
                .description("a shoe"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod() + " " + r.getTarget()).isEqualTo("POST /api/v1/files/upload");
        assertThat(r.getHeaders().get("Authorization")).startsWith("Basic ");
        Map<String, String> parts = parts(r);
        assertThat(parts.keySet()).containsExactly("fileName", "folder", "useUniqueFileName", "tags", "isPrivateFile",
                "isPublished", "customCoordinates", "responseFields", "extensions", "webhookUrl", "overwriteFile",
                "overwriteAITags", "overwriteTags", "overwriteCustomMetadata", "customMetadata", "transformation", "checks",
                "description", "file");
        assertThat(parts).containsEntry("fileName", "shoe.jpg").containsEntry("useUniqueFileName", "false")
                .containsEntry("tags", "a,b").containsEntry("isPrivateFile", "true").containsEntry("responseFields", "tags,customMetadata")
                .containsEntry("extensions", "[{\"name\":\"remove-bg\"}]").containsEntry("customMetadata", "{\"brand\":\"acme\"}")
                .containsEntry("file", "\u0001\u0002\u0003\u0004\u0005");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(parts.get("transformation")))
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        "{\"pre\":\"w-100\",\"post\":[{\"type\":\"thumbnail\",\"value\":\"w-150\"}]}"));
    }

    @Test
    void onlyTheFieldsSetAreSent() throws Exception {
        server.enqueue(ok(UPLOADED));
        UploadResult result = client.uploads().upload(UploadRequest.of(shoe));
        assertThat(result.fileId()).isEqualTo("u1");
        assertThat(result.reconciled()).isFalse();
        assertThat(parts(server.takeRequest()).keySet()).containsExactly("fileName", "file");
    }

    @Test
    void aUrlSourceIsSentAsTheFileField() throws Exception {
        server.enqueue(ok(UPLOADED));
        client.uploads().upload(UploadRequest.fromUrl("https://example.com/a.jpg", "a.jpg"));
        assertThat(parts(server.takeRequest())).containsEntry("file", "https://example.com/a.jpg");
    }

    @Test
    void aLargeFileIsStreamedInChunksWithProgressUpToItsSize() throws Exception {
        Path big = Files.write(tmp.resolve("big.bin"), new byte[1_000_000]);
        server.enqueue(ok(UPLOADED));
        List<Long> progress = new CopyOnWriteArrayList<>();
        client.uploads().upload(UploadRequest.of(big), (sent, total) -> progress.add(sent), new Cancellation());
        assertThat(progress).hasSizeGreaterThan(10).isSorted().last().isEqualTo(1_000_000L);
        assertThat(server.takeRequest().getBodySize()).isGreaterThan(1_000_000L);
    }

    @Test
    void cancellingMidUploadStopsItWithoutARetry() throws Exception {
        Path big = Files.write(tmp.resolve("big.bin"), new byte[2_000_000]);
        server.enqueue(ok(UPLOADED));
        Cancellation cancel = new Cancellation();
        assertThatThrownBy(() -> client.uploads().upload(UploadRequest.of(big), (sent, total) -> {
            if (sent > 200_000) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(CancelledException.class);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aCancelledUploadIsNeverSent() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThatThrownBy(() -> client.uploads().upload(UploadRequest.of(shoe), UploadProgress.NONE, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aDisconnectDuringTheBodyIsRetriedAndCreatesOneFile() throws Exception {
        Path big = Files.write(tmp.resolve("big.bin"), new byte[4_000_000]);
        AtomicInteger uploads = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicInteger peeks = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse peek() {
                // Socket effects come from peek(), before the request is read: cut the first upload at half its body.
                return peeks.getAndIncrement() == 0 ? new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build()
                        : new MockResponse.Builder().build();
            }

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                seen.add(request.getMethod() + " " + request.getUrl().encodedPath());
                if (request.getUrl().encodedPath().equals("/v1/files")) {
                    return ok("[]");
                }
                uploads.incrementAndGet();
                return ok(UPLOADED);
            }
        });
        assertThat(client.uploads().upload(UploadRequest.of(big)).fileId()).isEqualTo("u1");
        // Whether the client saw the disconnect before or after its last byte, exactly one upload succeeded.
        assertThat(uploads.get()).isEqualTo(1);
        assertThat(seen).filteredOn(s -> s.startsWith("POST")).hasSize(1);
    }

    @Test
    void aLostAnswerAfterTheServiceCommittedIsReconciledAndNotSentAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(UPLOADED).onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("[" + file("u1", "/products/shoe.jpg") + "]"));
        UploadResult result = client.uploads().upload(UploadRequest.of(shoe).folder("/products").useUniqueFileName(false));
        assertThat(result.fileId()).isEqualTo("u1");
        assertThat(result.reconciled()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        RecordedRequest upload = server.takeRequest();
        RecordedRequest lookup = server.takeRequest();
        assertThat(upload.getMethod()).isEqualTo("POST");
        assertThat(lookup.getMethod() + " " + lookup.getUrl().encodedPath()).isEqualTo("GET /v1/files");
        assertThat(lookup.getUrl().queryParameter("path")).isEqualTo("/products/");
        assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("shoe.jpg");
    }

    @Test
    void withUniqueNamesTheLookUpSearchesByNamePrefix() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(UPLOADED).onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("[" + file("u9", "/products/shoe_Xy12ab.jpg") + "]"));
        assertThat(client.uploads().upload(UploadRequest.of(shoe).folder("/products/")).fileId()).isEqualTo("u9");
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().queryParameter("searchQuery")).isEqualTo("name : \"shoe\"");
    }

    @Test
    void aLostAnswerWhoseFileIsNotThereIsSentAgainOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(UPLOADED).onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("[]"));
        server.enqueue(ok(UPLOADED));
        assertThat(client.uploads().upload(UploadRequest.of(shoe)).reconciled()).isFalse();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest();
            lines.add(r.getMethod() + " " + r.getUrl().encodedPath());
        }
        assertThat(lines).containsExactly("POST /api/v1/files/upload", "GET /v1/files", "POST /api/v1/files/upload");
    }

    @Test
    void aFileOlderThanTheAttemptOrOfAnotherSizeIsNotTakenForOurs() throws Exception {
        time.advance(java.time.Duration.ofHours(1));
        server.enqueue(json(502, "{}"));
        server.enqueue(ok("[" + file("old", "/shoe.jpg") + "," + file("big", "/shoe.jpg").replace("\"size\":5", "\"size\":6")
                .replace("12:00:00", "13:00:01") + "]"));
        server.enqueue(ok(UPLOADED));
        assertThat(client.uploads().upload(UploadRequest.of(shoe).useUniqueFileName(false)).fileId()).isEqualTo("u1");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aFailedLookUpStopsRatherThanRiskADuplicate() {
        server.enqueue(json(502, "{}"));
        server.enqueue(json(401, "{\"message\":\"revoked\"}"));
        assertThatThrownBy(() -> client.uploads().upload(UploadRequest.of(shoe))).isInstanceOf(ServerErrorException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theStoredNameFollowsTheServicesCharacterRules() {
        assertThat(UploadReconciler.storedName("my photo (1).jpg")).isEqualTo("my_photo__1_.jpg");
        assertThat(UploadReconciler.storedName("été-2.png")).isEqualTo("été-2.png");
    }

    private static Map<String, String> parts(RecordedRequest r) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        MediaType type = MediaType.get(r.getHeaders().get("Content-Type"));
        try (MultipartReader reader = new MultipartReader(new Buffer().write(r.getBody()), type.parameter("boundary"))) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                String name = disposition.replaceAll(".*; name=\"([^\"]+)\".*", "$1");
                out.put(name, part.body().readString(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}

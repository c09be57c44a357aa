package io.mediadesk.sync.client;

import static io.mediadesk.sync.client.TestClients.file;
import static io.mediadesk.sync.client.TestClients.noContent;
import static io.mediadesk.sync.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.FileUpdate;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import io.mediadesk.sync.client.model.RemoteFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint's method, path, query, headers and JSON body, as the spec's tables give them. */
class RequestShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private ImageKitClient client;

    @BeforeEach
    void setUp() {
        client = TestClients.client(server, new ManualTime());
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest();
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.getBody().utf8());
    }

    @Test
    void everyCallCarriesBasicAuthOfTheKeyAndAColonAndTheUserAgent() throws Exception {
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().details("f1");
        RecordedRequest r = take();
        // base64("private_test_key_123:")
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Basic cHJpdmF0ZV90ZXN0X2tleV8xMjM6");
        assertThat(r.getHeaders().get("User-Agent")).isEqualTo("mediadesk/9.9.9");
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/v1/files/f1/details");
    }

    @Test
    void fileDetailsAreReadIntoARecordIgnoringUnknownFields() throws Exception {
        server.enqueue(ok("{\"fileId\":\"f1\",\"type\":\"file\",\"name\":\"a.jpg\",\"filePath\":\"/x/a.jpg\",\"brandNew\":{\"x\":1},"
                + "\"tags\":[\"t\"],\"AITags\":[{\"name\":\"Cat\",\"confidence\":97.5,\"source\":\"google-auto-tagging\"}],"
                + "\"isPrivateFile\":true,\"width\":10,\"height\":20,\"size\":300,\"createdAt\":\"2026-01-02T03:04:05.000Z\"}"));
        RemoteFile f = client.files().details("f1");
        assertThat(f.fileId()).isEqualTo("f1");
        assertThat(f.folder()).isEqualTo("/x/");
        assertThat(f.aiTags()).singleElement().satisfies(t -> assertThat(t.confidence()).isEqualTo(97.5));
        assertThat(f.privateFile()).isTrue();
        assertThat(f.created()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-01-02T03:04:05Z"));
    }

    @Test
    void idsAreEncodedAsOnePathSegmentSoTheyCannotReachAnotherPath() throws Exception {
        server.enqueue(ok(file("x", "/a.jpg")));
        client.files().details("../../v1/accounts");
        assertThat(take().getTarget()).isEqualTo("/v1/files/..%2F..%2Fv1%2Faccounts/details");
    }

    @Test
    void listSendsTheQueryWithSkipAndLimit() throws Exception {
        server.enqueue(ok("[]"));
        client.files().list(FileQuery.all().type("all").path("/p/").searchQuery("size > \"1mb\"").sort("DESC_SIZE").fileType("image"))
                .toList();
        RecordedRequest r = take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/files");
        assertThat(r.getUrl().queryParameter("searchQuery")).isEqualTo("size > \"1mb\"");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("all");
        assertThat(r.getUrl().queryParameter("path")).isEqualTo("/p/");
        assertThat(r.getUrl().queryParameter("sort")).isEqualTo("DESC_SIZE");
        assertThat(r.getUrl().queryParameter("fileType")).isEqualTo("image");
        assertThat(r.getUrl().queryParameter("skip")).isEqualTo("0");
        assertThat(r.getUrl().queryParameter("limit")).isEqualTo("1000");
    }

    @Test
    void updateSendsOnlyWhatIsSetAndNullMeansClear() throws Exception {
        server.enqueue(ok(file("f1", "/a.jpg")));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("brand", "acme");
        metadata.put("old", null);
        client.files().update("f1", FileUpdate.details().clearTags().customMetadata(metadata).customCoordinates("1,2,3,4"));
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getTarget()).isEqualTo("/v1/files/f1/details");
        assertThat(r.getBody().utf8())
                .isEqualTo("{\"tags\":null,\"customMetadata\":{\"brand\":\"acme\",\"old\":null},\"customCoordinates\":\"1,2,3,4\"}");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void publicationIsItsOwnBodyShape() throws Exception {
        server.enqueue(ok(file("f1", "/a.jpg")));
        client.files().update("f1", FileUpdate.publication(false, true));
        assertThat(body(take()).get("publish").toString()).contains("\"isPublished\":false", "\"includeFileVersions\":true");
    }

    @Test
    void deleteIsADeleteOnTheFile() throws Exception {
        server.enqueue(noContent());
        client.files().delete("f1");
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getTarget()).isEqualTo("/v1/files/f1");
    }

    @Test
    void copyMoveAndRenameSendTheirBodies() throws Exception {
        server.enqueue(noContent());
        server.enqueue(noContent());
        server.enqueue(ok("{\"purgeRequestId\":\"p1\"}"));
        client.files().copy("/a.jpg", "/b/", true);
        client.files().move("/a.jpg", "/c/");
        assertThat(client.files().rename("/a.jpg", "z.jpg", true)).contains("p1");
        RecordedRequest copy = take();
        assertThat(copy.getMethod() + " " + copy.getTarget()).isEqualTo("POST /v1/files/copy");
        assertThat(copy.getBody().utf8()).isEqualTo("{\"sourceFilePath\":\"/a.jpg\",\"destinationPath\":\"/b/\",\"includeFileVersions\":true}");
        RecordedRequest move = take();
        assertThat(move.getMethod() + " " + move.getTarget()).isEqualTo("POST /v1/files/move");
        assertThat(body(move).get("destinationPath").asText()).isEqualTo("/c/");
        RecordedRequest rename = take();
        assertThat(rename.getMethod() + " " + rename.getTarget()).isEqualTo("PUT /v1/files/rename");
        assertThat(rename.getBody().utf8()).isEqualTo("{\"filePath\":\"/a.jpg\",\"newFileName\":\"z.jpg\",\"purgeCache\":true}");
    }

    @Test
    void renameWithoutPurgeAnswersAnEmptyObject() {
        server.enqueue(ok("{}"));
        assertThat(client.files().rename("/a.jpg", "z.jpg", false)).isEmpty();
    }

    @Test
    void versionsHaveTheirFourCalls() throws Exception {
        server.enqueue(ok("[" + file("f1", "/a.jpg") + "]"));
        server.enqueue(ok(file("f1", "/a.jpg")));
        server.enqueue(ok(file("f1", "/a.jpg")));
        server.enqueue(noContent());
        assertThat(client.versions().list("f1")).hasSize(1);
        client.versions().get("f1", "v2");
        client.versions().restore("f1", "v2");
        client.versions().delete("f1", "v2");
        assertThat(List.of(line(take()), line(take()), line(take()), line(take()))).containsExactly(
                "GET /v1/files/f1/versions", "GET /v1/files/f1/versions/v2",
                "PUT /v1/files/f1/versions/v2/restore", "DELETE /v1/files/f1/versions/v2");
    }

    @Test
    void foldersAndTheirJobs() throws Exception {
        server.enqueue(TestClients.json(201, "{}"));
        server.enqueue(noContent());
        server.enqueue(ok("{\"jobId\":\"j1\"}"));
        server.enqueue(ok("{\"jobId\":\"j2\"}"));
        server.enqueue(ok("{\"jobId\":\"j3\"}"));
        server.enqueue(ok("{\"jobId\":\"j1\",\"type\":\"COPY_FOLDER\",\"status\":\"Completed\"}"));
        client.folders().create("new", "/parent/");
        client.folders().delete("/old/");
        assertThat(client.folders().copy("/a/", "/b/", false).jobId()).isEqualTo("j1");
        client.folders().move("/a/", "/c/");
        client.folders().rename("/a/", "z", true);
        assertThat(client.folders().job("j1").completed()).isTrue();
        RecordedRequest create = take();
        assertThat(line(create)).isEqualTo("POST /v1/folder");
        assertThat(body(create).get("folderName").asText()).isEqualTo("new");
        RecordedRequest delete = take();
        assertThat(line(delete)).isEqualTo("DELETE /v1/folder");
        assertThat(delete.getBody().utf8()).isEqualTo("{\"folderPath\":\"/old/\"}");
        RecordedRequest copy = take();
        assertThat(line(copy)).isEqualTo("POST /v1/bulkJobs/copyFolder");
        assertThat(copy.getBody().utf8()).isEqualTo("{\"sourceFolderPath\":\"/a/\",\"destinationPath\":\"/b/\",\"includeVersions\":false}");
        assertThat(line(take())).isEqualTo("POST /v1/bulkJobs/moveFolder");
        RecordedRequest rename = take();
        assertThat(line(rename)).isEqualTo("POST /v1/bulkJobs/renameFolder");
        assertThat(rename.getBody().utf8()).isEqualTo("{\"folderPath\":\"/a/\",\"newFolderName\":\"z\",\"purgeCache\":true}");
        assertThat(line(take())).isEqualTo("GET /v1/bulkJobs/j1");
    }

    @Test
    void fileMetadataAndUrlMetadata() throws Exception {
        server.enqueue(ok("{\"height\":10,\"width\":20,\"format\":\"jpg\",\"pHash\":\"abc\",\"exif\":{\"image\":{\"Make\":\"X\"}}}"));
        server.enqueue(ok("{\"height\":1}"));
        assertThat(client.files().metadata("f1").perceptualHash()).isEqualTo("abc");
        client.files().metadataOfUrl("https://ik.imagekit.io/demo/tr:w-10/a.jpg");
        assertThat(line(take())).isEqualTo("GET /v1/files/f1/metadata");
        RecordedRequest byUrl = take();
        assertThat(byUrl.getUrl().encodedPath()).isEqualTo("/v1/metadata");
        assertThat(byUrl.getUrl().queryParameter("url")).isEqualTo("https://ik.imagekit.io/demo/tr:w-10/a.jpg");
    }

    @Test
    void customMetadataFieldsCrud() throws Exception {
        String field = "{\"id\":\"m1\",\"name\":\"brand\",\"label\":\"Brand\",\"schema\":{\"type\":\"Text\",\"maxLength\":20}}";
        server.enqueue(ok("[" + field + "]"));
        server.enqueue(TestClients.json(201, field));
        server.enqueue(ok(field));
        server.enqueue(noContent());
        assertThat(client.metadataFields().list(true, "/x/")).singleElement().satisfies(f -> assertThat(f.schema().maxLength()).isEqualTo(20));
        client.metadataFields().create("brand", "Brand", new MetadataFieldSchema("Text", null, null, null, null, null, null, 20), null);
        client.metadataFields().update("m1", "Brand name", null, null);
        client.metadataFields().delete("m1");
        RecordedRequest list = take();
        assertThat(list.getTarget()).isEqualTo("/v1/customMetadataFields?includeDeleted=true&folderPath=%2Fx%2F");
        RecordedRequest create = take();
        assertThat(line(create)).isEqualTo("POST /v1/customMetadataFields");
        assertThat(create.getBody().utf8()).isEqualTo("{\"name\":\"brand\",\"label\":\"Brand\",\"schema\":{\"type\":\"Text\",\"maxLength\":20}}");
        RecordedRequest update = take();
        assertThat(line(update)).isEqualTo("PATCH /v1/customMetadataFields/m1");
        assertThat(update.getBody().utf8()).isEqualTo("{\"label\":\"Brand name\"}");
        assertThat(line(take())).isEqualTo("DELETE /v1/customMetadataFields/m1");
    }

    @Test
    void namedTransformationsCrudStripsTheTrPrefix() throws Exception {
        String nt = "{\"id\":\"n1\",\"name\":\"thumb\",\"transformation\":\"w-150,h-150\",\"enabled\":true}";
        server.enqueue(ok("[" + nt + "]"));
        server.enqueue(ok(nt));
        server.enqueue(ok(nt));
        server.enqueue(ok(nt));
        server.enqueue(noContent());
        assertThat(client.namedTransformations().list()).singleElement().satisfies(n -> assertThat(n.name()).isEqualTo("thumb"));
        client.namedTransformations().get("n1");
        client.namedTransformations().create("thumb", "tr:w-150,h-150", true);
        client.namedTransformations().update("n1", null, null, false);
        client.namedTransformations().delete("n1");
        assertThat(line(take())).isEqualTo("GET /v1/named-transformations");
        assertThat(line(take())).isEqualTo("GET /v1/named-transformations/n1");
        RecordedRequest create = take();
        assertThat(create.getBody().utf8()).isEqualTo("{\"name\":\"thumb\",\"transformation\":\"w-150,h-150\",\"enabled\":true}");
        RecordedRequest update = take();
        assertThat(line(update)).isEqualTo("PATCH /v1/named-transformations/n1");
        assertThat(update.getBody().utf8()).isEqualTo("{\"enabled\":false}");
        assertThat(line(take())).isEqualTo("DELETE /v1/named-transformations/n1");
    }

    @Test
    void purgeSubmitsOneUrlAndPollsItsStatus() throws Exception {
        server.enqueue(TestClients.json(201, "{\"requestId\":\"r1\"}"));
        server.enqueue(ok("{\"status\":\"Pending\"}"));
        assertThat(client.purges().submit("https://ik.imagekit.io/demo/a.jpg*")).isEqualTo("r1");
        assertThat(client.purges().status("r1")).isEqualTo("Pending");
        RecordedRequest submit = take();
        assertThat(line(submit)).isEqualTo("POST /v1/files/purge");
        assertThat(submit.getBody().utf8()).isEqualTo("{\"url\":\"https://ik.imagekit.io/demo/a.jpg*\"}");
        assertThat(line(take())).isEqualTo("GET /v1/files/purge/r1");
    }

    static String line(RecordedRequest r) {
        return r.getMethod() + " " + r.getTarget();
    }
}

package io.mediadesk.sync.client;

import static io.mediadesk.sync.client.TestClients.json;
import static io.mediadesk.sync.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.model.BulkOutcome;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.RemoteFolder;
import io.mediadesk.sync.client.model.RemoteItem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing past 1,000 items lazily, and bulk calls split into the service's chunk sizes. */
class PagingAndBulkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private ImageKitClient client;

    @BeforeEach
    void setUp() {
        client = TestClients.client(server, new ManualTime());
    }

    private static String page(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> TestClients.file("f" + i, "/p/f" + i + ".jpg"))
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void twoThousandThreeHundredFortyFiveFilesTakeThreePagesFetchedLazily() throws Exception {
        server.enqueue(ok(page(0, 1000)));
        server.enqueue(ok(page(1000, 1000)));
        server.enqueue(ok(page(2000, 345)));
        Iterator<RemoteItem> items = client.files().list(FileQuery.all()).iterator();
        assertThat(server.getRequestCount()).as("nothing fetched before reading").isZero();
        List<RemoteItem> read = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            read.add(items.next());
        }
        assertThat(server.getRequestCount()).as("one page read, one fetched").isEqualTo(1);
        items.forEachRemaining(read::add);
        assertThat(read).hasSize(2345);
        assertThat(read.get(2344).name()).isEqualTo("f2344.jpg");
        List<String> skips = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest();
            skips.add(r.getUrl().queryParameter("skip") + "/" + r.getUrl().queryParameter("limit"));
        }
        assertThat(skips).containsExactly("0/1000", "1000/1000", "2000/1000");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anExactMultipleOfThePageSizeEndsOnAnEmptyPage() {
        server.enqueue(ok(page(0, 2)));
        server.enqueue(ok("[]"));
        assertThat(client.files().list(FileQuery.all().pageSize(2)).count()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void limitingTheStreamStopsFetching() {
        server.enqueue(ok(page(0, 1000)));
        assertThat(client.files().list(FileQuery.all()).limit(10).count()).isEqualTo(10);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void foldersAndFilesComeApartByType() {
        server.enqueue(ok("[{\"type\":\"folder\",\"folderId\":\"d1\",\"name\":\"p\",\"folderPath\":\"/p\"},"
                + TestClients.file("f1", "/p/a.jpg") + "]"));
        List<RemoteItem> items = client.files().list(FileQuery.all().type("all")).toList();
        assertThat(items.get(0)).isInstanceOfSatisfying(RemoteFolder.class, f -> assertThat(f.path()).isEqualTo("/p"));
        assertThat(items.get(1).path()).isEqualTo("/p/a.jpg");
    }

    @Test
    void bulkDeleteSendsAtMostOneHundredIdsPerRequest() throws Exception {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "id" + i).toList();
        server.enqueue(ok("{\"successfullyDeletedFileIds\":" + JSON.writeValueAsString(ids.subList(0, 100)) + "}"));
        server.enqueue(ok("{\"successfullyDeletedFileIds\":" + JSON.writeValueAsString(ids.subList(100, 200)) + "}"));
        server.enqueue(ok("{\"successfullyDeletedFileIds\":" + JSON.writeValueAsString(ids.subList(200, 250)) + "}"));
        BulkOutcome outcome = client.files().deleteAll(ids);
        assertThat(outcome.succeeded()).isEqualTo(ids);
        assertThat(outcome.complete()).isTrue();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest();
            assertThat(r.getMethod() + " " + r.getTarget()).isEqualTo("POST /v1/files/batch/deleteByFileIds");
            sizes.add(JSON.readTree(r.getBody().utf8()).get("fileIds").size());
        }
        assertThat(sizes).containsExactly(100, 100, 50);
    }

    @Test
    void tagEditsGoFiftyAtATimeAndA207ListsEachFailedFile() throws Exception {
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> "id" + i).toList();
        server.enqueue(ok("{\"successfullyUpdatedFileIds\":" + JSON.writeValueAsString(ids.subList(0, 50)) + "}"));
        server.enqueue(json(207, "{\"successfullyUpdatedFileIds\":" + JSON.writeValueAsString(ids.subList(50, 58))
                + ",\"errors\":[{\"fileId\":\"id58\",\"error\":\"tag too long\"},{\"fileId\":\"id59\",\"error\":\"locked\"}]}"));
        BulkOutcome outcome = client.files().addTags(ids, List.of("sale", "summer"));
        assertThat(outcome.succeeded()).hasSize(58);
        assertThat(outcome.failed()).containsEntry("id58", "tag too long").containsEntry("id59", "locked");
        JsonNode first = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(first.get("fileIds")).hasSize(50);
        assertThat(first.get("tags").toString()).isEqualTo("[\"sale\",\"summer\"]");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/files/addTags");
    }

    @Test
    void removeTagsAndAiTagsUseTheirOwnPathsAndKeys() throws Exception {
        server.enqueue(ok("{\"successfullyUpdatedFileIds\":[\"a\"]}"));
        server.enqueue(ok("{\"successfullyUpdatedFileIds\":[\"a\"]}"));
        client.files().removeTags(List.of("a"), List.of("t"));
        client.files().removeAiTags(List.of("a"), List.of("Cat"));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/files/removeTags");
        RecordedRequest ai = server.takeRequest();
        assertThat(ai.getTarget()).isEqualTo("/v1/files/removeAITags");
        assertThat(ai.getBody().utf8()).isEqualTo("{\"fileIds\":[\"a\"],\"AITags\":[\"Cat\"]}");
    }

    @Test
    void missingIdsAreReportedAndTheRestOfTheChunkSentOnceMore() throws Exception {
        server.enqueue(json(404, "{\"message\":\"The requested file(s) does not exist.\",\"missingFileIds\":[\"b\"]}"));
        server.enqueue(ok("{\"successfullyDeletedFileIds\":[\"a\",\"c\"]}"));
        BulkOutcome outcome = client.files().deleteAll(List.of("a", "b", "c"));
        assertThat(outcome.succeeded()).containsExactly("a", "c");
        assertThat(outcome.missing()).containsExactly("b");
        server.takeRequest();
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"fileIds\":[\"a\",\"c\"]}");
    }
}

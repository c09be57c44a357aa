package io.mediadesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.FileUpdate;
import io.mediadesk.sync.client.model.RemoteFile;
import io.mediadesk.sync.client.model.RemoteFolder;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import io.mediadesk.sync.sandbox.FileSnapshot;
import io.mediadesk.sync.sandbox.RequestRecord;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.sandbox.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST client against the stand-in, end to end, for the file endpoints: two implementations
 * written separately from the spec must agree. Server-side state is read from the sandbox itself
 * ({@code files()}, {@code requests()}), never through the client under test.
 */
class ClientAgainstSandboxTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private ImageKitClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        client = SandboxClients.client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private UploadResult upload(String folder, String name, byte[] bytes) {
        return client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, name, bytes)).folder(folder).useUniqueFileName(false));
    }

    private UploadResult uploadText(String folder, String name) {
        return upload(folder, name, name.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadIsStreamedWithItsFieldsAndTheAnswerDescribesTheStoredFile() {
        byte[] png = TestImages.png(40, 30);
        AtomicLong reported = new AtomicLong();
        UploadResult up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "red shoe.png", png))
                .folder("/products/").tags(List.of("new", "shoe")).customCoordinates("1,2,3,4").description("a shoe")
                .responseFields(List.of("tags", "customCoordinates")),
                (sent, total) -> reported.set(sent), new io.mediadesk.sync.client.http.Cancellation());

        assertThat(up.filePath()).startsWith("/products/red_shoe").endsWith(".png");
        assertThat(up.width()).isEqualTo(40);
        assertThat(up.height()).isEqualTo(30);
        assertThat(up.size()).isEqualTo(png.length);
        assertThat(up.tags()).containsExactly("new", "shoe"); // only because responseFields asked for them (spec 2.3)
        assertThat(up.customCoordinates()).isEqualTo("1,2,3,4");
        assertThat(up.reconciled()).isFalse();
        assertThat(reported.get()).isEqualTo(png.length);
        FileSnapshot stored = sandbox.file(up.filePath()).orElseThrow();
        assertThat(stored.size()).isEqualTo(png.length);
        assertThat(stored.tags()).containsExactly("new", "shoe");
    }

    @Test
    void listSearchDetailsUpdateAndDeleteRoundTrip() {
        UploadResult a = uploadText("/docs/", "a.txt");
        uploadText("/docs/", "b.txt");
        uploadText("/docs/sub/", "c.txt");

        assertThat(client.files().files(FileQuery.all().path("/docs/")).map(RemoteFile::name)).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(client.files().list(FileQuery.all().path("/docs/").type("all")))
                .anySatisfy(item -> assertThat(item).isInstanceOfSatisfying(RemoteFolder.class, f -> assertThat(f.name()).isEqualTo("sub")));
        assertThat(client.files().files(FileQuery.all().searchQuery("path : \"/docs/\" AND name : \"c\"")).map(RemoteFile::path))
                .containsExactly("/docs/sub/c.txt");

        RemoteFile details = client.files().details(a.fileId());
        assertThat(details.filePath()).isEqualTo("/docs/a.txt");
        assertThat(details.created()).isPresent();

        RemoteFile updated = client.files().update(a.fileId(), FileUpdate.details().tags(List.of("x")).description("described"));
        assertThat(updated.tags()).containsExactly("x");
        assertThat(updated.description()).isEqualTo("described");
        assertThat(sandbox.file("/docs/a.txt").orElseThrow().tags()).containsExactly("x");

        client.files().delete(a.fileId());
        assertThat(sandbox.file("/docs/a.txt")).isEmpty();
        assertThatThrownBy(() -> client.files().details(a.fileId()))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void listingPagesUntilAShortPage() {
        for (int i = 0; i < 7; i++) {
            uploadText("/paged/", "f" + i + ".txt");
        }
        assertThat(client.files().files(FileQuery.all().path("/paged/").pageSize(3))).hasSize(7);
        assertThat(listCalls()).hasSize(3); // 3 + 3 + 1
    }

    @Test
    void bulkDeleteAndTagEditsBeyondTheLimitsGoInChunksOf100And50() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(uploadText("/bulk/", "f" + i + ".txt").fileId());
        }
        var tagged = client.files().addTags(ids, List.of("sale"));
        assertThat(tagged.succeeded()).hasSize(120);
        assertThat(calls("POST", "/v1/files/addTags")).hasSize(3);
        assertThat(sandbox.files()).allSatisfy(f -> assertThat(f.tags()).contains("sale"));

        var untagged = client.files().removeTags(ids.subList(0, 60), List.of("sale"));
        assertThat(untagged.succeeded()).hasSize(60);
        assertThat(calls("POST", "/v1/files/removeTags")).hasSize(2);

        List<String> withUnknown = new ArrayList<>(ids);
        withUnknown.add("000000000000000000000000");
        var deleted = client.files().deleteAll(withUnknown);
        assertThat(deleted.succeeded()).hasSize(120);
        // The spec gives both shapes (404 missingFileIds, 207 errors) without saying which a partly
        // unknown chunk earns; the sandbox answers 207, the client takes either.
        assertThat(deleted.missing().isEmpty() ? deleted.failed().keySet() : deleted.missing())
                .containsExactly("000000000000000000000000");
        assertThat(sandbox.files()).isEmpty();
        assertThat(calls("POST", "/v1/files/batch/deleteByFileIds")).hasSizeBetween(2, 3);
    }

    @Test
    void copyMoveAndRenameFiles() {
        uploadText("/src/", "a.txt");
        client.files().copy("/src/a.txt", "/copy/", false);
        client.files().move("/copy/a.txt", "/moved/");
        var purge = client.files().rename("/moved/a.txt", "b.txt", true);

        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/moved/b.txt", "/src/a.txt");
        assertThat(purge).isPresent();
        assertThat(client.purges().status(purge.get())).isIn("Pending", "Completed");
        assertThat(client.files().rename("/src/a.txt", "c.txt", false)).isEmpty();
        assertThatThrownBy(() -> client.files().move("/nowhere.txt", "/x/"))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void versionsListGetRestoreAndDelete() {
        UploadResult first = uploadText("/v/", "doc.txt");
        UploadResult second = upload("/v/", "doc.txt", "second, longer".getBytes(StandardCharsets.UTF_8));
        assertThat(second.fileId()).isEqualTo(first.fileId());

        List<RemoteFile> versions = client.versions().list(first.fileId());
        assertThat(versions).hasSize(2);
        String oldVersion = first.versionInfo().id();
        assertThat(client.versions().get(first.fileId(), oldVersion).size()).isEqualTo(first.size());

        RemoteFile restored = client.versions().restore(first.fileId(), oldVersion);
        assertThat(restored.size()).isEqualTo(first.size());
        assertThat(sandbox.file("/v/doc.txt").orElseThrow().size()).isEqualTo(first.size());

        client.versions().delete(first.fileId(), second.versionInfo().id());
        assertThat(client.versions().list(first.fileId())).hasSize(1);
        assertThatThrownBy(() -> client.versions().delete(first.fileId(), oldVersion))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void foldersAndTheirJobs() {
        client.folders().create("albums", "/");
        uploadText("/albums/", "one.txt");
        var copy = client.folders().copy("/albums/", "/backup/", false);
        assertThat(copy.jobId()).isNotBlank();
        assertThat(awaitJob(copy.jobId()).completed()).isTrue();
        assertThat(sandbox.file("/backup/albums/one.txt")).isPresent();

        awaitJob(client.folders().move("/backup/albums/", "/archive/").jobId());
        assertThat(sandbox.file("/archive/albums/one.txt")).isPresent();
        awaitJob(client.folders().rename("/archive/albums/", "old", false).jobId());
        assertThat(sandbox.file("/archive/old/one.txt")).isPresent();

        client.folders().delete("/archive/");
        assertThat(sandbox.file("/archive/old/one.txt")).isEmpty();
        assertThatThrownBy(() -> client.folders().delete("/archive/"))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void fileMetadataOfAStoredFileAndOfADeliveryUrl() {
        UploadResult up = upload("/img/", "pic.png", TestImages.png(64, 48));
        var metadata = client.files().metadata(up.fileId());
        assertThat(metadata.width()).isEqualTo(64);
        assertThat(metadata.height()).isEqualTo(48);
        assertThat(metadata.format()).isEqualTo("png");

        var resized = client.files().metadataOfUrl(sandbox.urlEndpoint() + "/tr:w-32/img/pic.png");
        assertThat(resized.width()).isEqualTo(32);
    }

    @Test
    void purgeSubmitThenStatus() {
        String requestId = client.purges().submit(sandbox.urlEndpoint() + "/img/pic.png");
        assertThat(requestId).isNotBlank();
        String status = client.purges().status(requestId);
        while (!status.equals("Completed")) {
            status = client.purges().status(requestId);
        }
        assertThat(calls("POST", "/v1/files/purge")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(201));
        assertThatThrownBy(() -> client.purges().submit(sandbox.urlEndpoint() + "/img*"))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.getMessage()).contains("not valid for cache purging"));
        assertThatThrownBy(() -> client.purges().status("nope"))
                .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.getMessage()).contains("No request found"));
    }

    private io.mediadesk.sync.client.model.FolderJob awaitJob(String jobId) {
        var job = client.folders().job(jobId);
        for (int i = 0; i < 20 && !job.completed(); i++) {
            job = client.folders().job(jobId);
        }
        return job;
    }

    private List<RequestRecord> listCalls() {
        return calls("GET", "/v1/files");
    }

    private List<RequestRecord> calls(String method, String path) {
        return sandbox.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }
}

package io.mediadesk.library.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.fixture.Corpus;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.ImportReport;
import io.mediadesk.library.ingest.Importer;
import io.mediadesk.library.ingest.LibraryLayerSource;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import io.mediadesk.library.store.MissingOriginalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines of a team: two library folders on one MongoDB catalog (mongo-java-server, over the
 * wire, the real driver and its GridFS). What machine A imports, machine B opens, thumbnails and
 * finds as a layer, byte for byte; the checks on what GridFS returns are shown to catch a damaged
 * chunk; a second put writes nothing; a missing original is an error that names the asset.
 */
class GridFsOriginalsTest {
    @TempDir
    Path tmp;

    private MongoTestServer server;
    private MongoClient raw;
    private MongoDatabase db;
    private Library a;
    private Library b;

    @BeforeEach
    void start() {
        server = MongoTestServer.start();
        String uri = server.uri("team");
        a = Library.open(tmp.resolve("machine-a"), Optional.of(uri));
        b = Library.open(tmp.resolve("machine-b"), Optional.of(uri));
        raw = MongoClients.create("mongodb://127.0.0.1:" + server.port());
        db = raw.getDatabase("team");
    }

    @AfterEach
    void stop() {
        raw.close();
        b.close();
        a.close();
        server.close();
    }

    private Asset importOnA(String corpusName) throws Exception {
        Path file = Corpus.copy(corpusName, tmp.resolve("in").resolve(corpusName));
        try (Importer importer = new Importer(a, Clock.systemUTC())) {
            ImportReport report = importer.run(List.of(file), ImportOptions.DEFAULT.withThumbnails(false), ImportProgress.NONE,
                    new Cancellation());
            assertThat(report.count(ImportItem.Status.IMPORTED)).as(report.toString()).isEqualTo(1);
        }
        String sha = Corpus.sha256(Corpus.file(corpusName));
        return b.assets().findByContentHash(sha).get(0); // machine B sees the row in the shared catalog
    }

    private MongoCollection<Document> files() {
        return db.getCollection("originals.files");
    }

    private MongoCollection<Document> chunks() {
        return db.getCollection("originals.chunks");
    }

    @Test
    void whatMachineAImportsMachineBOpensThumbnailsAndLayersWithTheSameBytes() throws Exception {
        Asset asset = importOnA("afl_not_kitty.jpg");
        Path source = Corpus.file("afl_not_kitty.jpg");
        Path onB = b.originals().local(asset.contentHash(), asset.format());
        assertThat(onB).as("nothing on machine B's disk yet").doesNotExist();
        Document stored = files().find(Filters.eq("_id", asset.contentHash())).first();
        assertThat(stored).as("GridFS holds it under its hash").isNotNull();
        assertThat(stored.getString("filename")).isEqualTo(asset.contentHash());

        Path opened = b.originals().open(asset);
        assertThat(opened).isEqualTo(onB).isRegularFile();
        assertThat(Files.mismatch(opened, source)).as("byte for byte the imported file").isEqualTo(-1L);
        assertNoTemporaries(tmp.resolve("machine-b"));

        // Thumbnails on B: its queue fetches nothing more (cached) and renders both sizes.
        Files.delete(onB); // ...and from a cold cache it fetches on the worker
        try (ThumbnailMaker maker = new ThumbnailMaker(b.folder(), new Renderer(Limits.DEFAULT, 1));
                ThumbnailQueue queue = new ThumbnailQueue(maker, b.originals(), 1)) {
            queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(60, TimeUnit.SECONDS);
            for (int size : ThumbnailMaker.SIZES) {
                assertThat(maker.pathFor(asset.contentHash(), size, asset.hasAlpha())).isRegularFile();
            }
        }
        assertThat(Files.mismatch(onB, source)).isEqualTo(-1L);

        Files.delete(onB);
        Optional<Path> layer = new LibraryLayerSource(b.assets(), b.originals()).find("afl_not_kitty.jpg");
        assertThat(layer).contains(onB);
        assertThat(Files.mismatch(onB, source)).isEqualTo(-1L);
        assertThat(b.originals().exists(asset.contentHash())).isTrue();
    }

    @Test
    void aSecondPutOfTheSameBytesWritesNothingInGridFs() throws Exception {
        Asset asset = importOnA("afl_not_kitty_alpha.png");
        Document before = files().find(Filters.eq("_id", asset.contentHash())).first();
        List<Document> chunksBefore = chunks().find().sort(Sorts.ascending("n")).into(new ArrayList<>());
        assertThat(chunksBefore).isNotEmpty();

        a.originals().put(Corpus.file("afl_not_kitty_alpha.png"), asset.contentHash(), asset.format());
        b.originals().put(Corpus.file("afl_not_kitty_alpha.png"), asset.contentHash(), asset.format()); // B has it only in GridFS

        assertThat(files().countDocuments()).isEqualTo(1);
        assertThat(files().find().first()).as("same document, same upload date").isEqualTo(before);
        assertThat(chunks().find().sort(Sorts.ascending("n")).into(new ArrayList<>())).isEqualTo(chunksBefore);
        assertThat(b.originals().local(asset.contentHash(), asset.format())).as("B's own copy, stored locally").isRegularFile();
    }

    @Test
    void aDamagedChunkIsCaughtByTheHashAndNothingIsCached() throws Exception {
        Asset asset = importOnA("afl_not_kitty.jpg");
        Document chunk = chunks().find(Filters.and(Filters.eq("files_id", asset.contentHash()), Filters.eq("n", 0))).first();
        byte[] data = chunk.get("data", Binary.class).getData().clone();
        data[data.length / 2] ^= 0x5A; // same length: only a hash of the bytes can tell
        chunks().updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(data)));

        assertThatThrownBy(() -> b.originals().open(asset)).hasMessageContaining(asset.contentHash()).hasMessageContaining("damaged");
        assertThat(b.originals().local(asset.contentHash(), asset.format())).doesNotExist();
        assertNoTemporaries(tmp.resolve("machine-b"));

        // A, whose local copy is sound, still serves it; the thumbnail on B fails with the reason.
        assertThat(Files.mismatch(a.originals().open(asset), Corpus.file("afl_not_kitty.jpg"))).isEqualTo(-1L);
        try (ThumbnailMaker maker = new ThumbnailMaker(b.folder(), new Renderer(Limits.DEFAULT, 1));
                ThumbnailQueue queue = new ThumbnailQueue(maker, b.originals(), 1)) {
            assertThatThrownBy(() -> queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasMessageContaining("damaged");
        }
    }

    @Test
    void anOriginalNeitherLocalNorInGridFsIsAnErrorNamingTheAsset() throws Exception {
        Asset asset = importOnA("afl_not_kitty.webp");
        chunks().deleteMany(Filters.eq("files_id", asset.contentHash()));
        files().deleteOne(Filters.eq("_id", asset.contentHash()));

        assertThatThrownBy(() -> b.originals().open(asset)).isInstanceOf(MissingOriginalException.class)
                .hasMessageContaining("/afl_not_kitty.webp").hasMessageContaining(asset.contentHash())
                .hasMessageContaining("machine-b").hasMessageContaining("GridFS");
        assertThat(b.originals().exists(asset.contentHash())).isFalse();
        assertThat(new LibraryLayerSource(b.assets(), b.originals()).find("afl_not_kitty.webp")).isEmpty();
        try (ThumbnailMaker maker = new ThumbnailMaker(b.folder(), new Renderer(Limits.DEFAULT, 1));
                ThumbnailQueue queue = new ThumbnailQueue(maker, b.originals(), 1)) {
            assertThatThrownBy(() -> queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(60, TimeUnit.SECONDS))
                    .hasMessageContaining("/afl_not_kitty.webp").hasMessageContaining("is missing");
            assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
        }
    }

    /** A killed upload leaves chunks under the id and no files document: the next put drops them and uploads whole. */
    @Test
    void chunksOfAKilledUploadAreReplacedByTheNextPut() throws Exception {
        Path source = Corpus.file("afl_not_kitty.jpg");
        String sha = Corpus.sha256(source);
        chunks().insertOne(new Document("files_id", sha).append("n", 0).append("data", new Binary(new byte[] {1, 2, 3})));
        chunks().insertOne(new Document("files_id", sha).append("n", 7).append("data", new Binary(new byte[] {4, 5})));
        assertThat(b.originals().exists(sha)).as("chunks without a files document are no original").isFalse();

        a.originals().put(source, sha, "jpg");

        Document file = files().find(Filters.eq("_id", sha)).first();
        assertThat(file.getLong("length")).isEqualTo(Files.size(source));
        assertThat(file.get("uploadDate", Date.class)).isNotNull();
        long expectedChunks = (Files.size(source) + file.getInteger("chunkSize") - 1) / file.getInteger("chunkSize");
        assertThat(chunks().countDocuments(Filters.eq("files_id", sha))).isEqualTo(expectedChunks);
        assertThat(Files.mismatch(b.originals().open(sha, "jpg"), source)).isEqualTo(-1L);
    }

    /** An original larger than a chunk comes back whole; one with a chunk gone is an error and nothing is cached. */
    @Test
    void aManyChunkOriginalComesBackWholeAndAMissingChunkIsAnError() throws Exception {
        Path source = Corpus.file("seeding_baseline.jpg");
        String sha = Corpus.sha256(source);
        a.originals().put(source, sha, "jpg");
        Document file = files().find(Filters.eq("_id", sha)).first();
        long count = chunks().countDocuments(Filters.eq("files_id", sha));
        assertThat(count).as("more than one chunk").isGreaterThan(1)
                .isEqualTo((Files.size(source) + file.getInteger("chunkSize") - 1) / file.getInteger("chunkSize"));

        assertThat(Files.mismatch(b.originals().open(sha, "jpg"), source)).isEqualTo(-1L);

        Files.delete(b.originals().local(sha, "jpg"));
        chunks().deleteOne(Filters.and(Filters.eq("files_id", sha), Filters.eq("n", 1)));
        assertThatThrownBy(() -> b.originals().open(sha, "jpg")).hasMessageContaining(sha).hasMessageContaining("GridFS");
        assertThat(b.originals().local(sha, "jpg")).doesNotExist();
        assertNoTemporaries(tmp.resolve("machine-b"));
    }

    private static void assertNoTemporaries(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }
}

package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.library.store.MissingOriginalException;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.BsonString;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team catalog's originals: in the GridFS bucket {@value #BUCKET} of the catalog's database, one
 * file per content, whose id and filename are its SHA-256, with the library folder as a read-through
 * cache. Every machine of the team reads what any one of them imported.
 *
 * <ul>
 * <li>{@link #put}: the local store first (temp file, fsync, atomic rename, hashed while copied),
 *     then GridFS from that durable local copy, unless GridFS holds the hash already (a second put
 *     writes nothing). GridFS writes the chunks, then the files document; an upload is trusted only
 *     once the bytes GridFS returns hash to the id again, and one that does not is deleted and
 *     refused. Chunks under the id without a files document are a killed upload's and are dropped
 *     before it is tried again.</li>
 * <li>{@link #open}: the local copy when there is one; otherwise the GridFS file is fetched into the
 *     library folder (temp file, fsync, atomic rename) and served from there only if its bytes hash to
 *     the id, so a damaged chunk is an error and never a cached original.</li>
 * </ul>
 *
 * Two machines putting the same new bytes at the same moment may collide on the chunks' unique
 * index: the one that meets the duplicate key checks the other's file if it is complete; otherwise
 * (the driver's abort drops the chunks under the id) one or both puts fail, and a rerun stores it.
 */
public final class GridFsOriginals implements Originals {
    private static final Logger LOG = LoggerFactory.getLogger(GridFsOriginals.class);
    public static final String BUCKET = "originals";
    static final String FILES = BUCKET + ".files";
    static final String CHUNKS = BUCKET + ".chunks";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final Originals local;
    private final String localWhere;
    private final String where;

    /**
     * @param local the library folder's store, the cache
     * @param localWhere the cache's place for people ("the library folder /x")
     */
    public GridFsOriginals(MongoDatabase database, String description, Originals local, String localWhere) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.files = database.getCollection(FILES);
        this.chunks = database.getCollection(CHUNKS);
        this.local = local;
        this.localWhere = localWhere;
        this.where = "GridFS bucket " + BUCKET + " on " + description;
    }

    @Override
    public Path put(Path source, String sha256, String extension) throws IOException {
        Path stored = local.put(source, sha256, extension);
        upload(stored, sha256, extension);
        return stored;
    }

    private void upload(Path stored, String sha256, String extension) throws IOException {
        try {
            if (held(sha256)) return;
            chunks.deleteMany(Filters.eq("files_id", sha256)); // a killed upload's, if any
            try (InputStream in = Files.newInputStream(stored)) {
                bucket.uploadFromStream(new BsonString(sha256), sha256, in,
                        new GridFSUploadOptions().metadata(new Document("extension", extension)));
            } catch (MongoException e) {
                if (!MongoErrors.duplicateKey(e) || !held(sha256)) throw e;
                LOG.info("another machine stored the original {} at the same moment; checking theirs", sha256);
            }
            String back = fetch(sha256, OutputStream.nullOutputStream());
            if (!back.equals(sha256)) {
                bucket.delete(new BsonString(sha256));
                throw new IOException("the original " + sha256 + " came back from " + where + " as other bytes (sha256 " + back
                        + "); it was removed there and the import refused");
            }
        } catch (MongoException e) {
            throw MongoErrors.translate("cannot store the original " + sha256 + " in " + where, e);
        }
    }

    @Override
    public Path open(String sha256, String extension) throws IOException {
        Path cached = local.local(sha256, extension);
        if (Files.isRegularFile(cached)) return cached;
        try {
            if (!held(sha256)) throw new MissingOriginalException("sha256 " + sha256, localWhere + " or " + where);
            Files.createDirectories(cached.getParent());
            AtomicFiles.write(cached, out -> {
                String got = fetch(sha256, out);
                if (!got.equals(sha256)) {
                    throw new IOException("the original " + sha256 + " in " + where + " is damaged: its bytes hash to " + got
                            + "; it was not used");
                }
            });
            return cached;
        } catch (MongoException e) {
            throw MongoErrors.translate("cannot fetch the original " + sha256 + " from " + where, e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        if (local.exists(sha256)) return true;
        try {
            return held(sha256);
        } catch (MongoException e) {
            throw MongoErrors.translate("cannot look for the original " + sha256 + " in " + where, e);
        }
    }

    @Override
    public Path local(String sha256, String extension) {
        return local.local(sha256, extension);
    }

    /** Whether GridFS has the files document (written after all the chunks). */
    private boolean held(String sha256) {
        return files.find(Filters.eq("_id", sha256)).limit(1).first() != null;
    }

    /** Streams the GridFS file to {@code out} and returns the SHA-256 of what came. */
    private String fetch(String sha256, OutputStream out) throws IOException {
        MessageDigest digest = sha256Digest();
        try (DigestOutputStream d = new DigestOutputStream(nonClosing(out), digest)) {
            bucket.downloadToStream(new BsonString(sha256), d);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

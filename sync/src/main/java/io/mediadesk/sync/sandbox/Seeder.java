package io.mediadesk.sync.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link SeedFile}s into the state as the upload endpoint would have (same ids, folders,
 * version numbers and content details), without HTTP. Equal contents share one blob, so an account
 * of 100,000 files over a few hundred contents costs a few hundred blob files. Runs under the lock.
 */
final class Seeder {
    private final Store store;
    private final Content content = new Content();
    /** Blob key and described details per content hash, for this seeding. */
    private final Map<String, Version> blobs = new HashMap<>();

    Seeder(Store store) {
        this.store = store;
    }

    int seed(Iterator<SeedFile> files) throws IOException {
        Set<String> taken = new HashSet<>();
        store.state().files.values().forEach(f -> taken.add(f.path()));
        int count = 0;
        while (files.hasNext()) {
            SeedFile seed = files.next();
            String folder = Names.folderPath(seed.folder());
            String name = Names.fileName(seed.name());
            if (!taken.add(folder + name)) {
                throw new IllegalArgumentException("the sandbox already holds a file at " + folder + name);
            }
            String coordinates = seed.customCoordinates().map(Tags::coordinates).orElse(null);
            StoredFile file = new StoredFile();
            file.folder = folder;
            file.name = name;
            for (byte[] bytes : seed.versions()) {
                Version v = blob(bytes, name).copy(store.ids().objectId(), file.versions.size() + 1);
                v.tags = seed.tags().isEmpty() ? null : Tags.check(new ArrayList<>(seed.tags()));
                v.customCoordinates = coordinates;
                v.isPrivate = seed.privateFile();
                v.createdAt = store.now();
                v.updatedAt = v.createdAt;
                file.versions.add(v);
                file.currentId = v.id;
            }
            file.id = file.versions.get(0).id; // the service's first version shares the file's id
            store.ensureFolder(folder);
            store.state().files.put(file.id, file);
            count++;
        }
        return count;
    }

    private Version blob(byte[] bytes, String name) throws IOException {
        String hash = sha256(bytes);
        Version known = blobs.get(hash);
        if (known != null) {
            return known;
        }
        Path temp = store.blobs().temp();
        Files.write(temp, bytes);
        Version v = new Version();
        content.describe(v, temp, name);
        v.size = bytes.length;
        v.blob = store.blobs().adopt(temp);
        blobs.put(hash, v);
        return v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

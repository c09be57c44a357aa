package io.mediadesk.sync.run;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes moving between the sides: an original to upload, or a download staged out of sight
 * (a temp file) until it is verified and committed. The hash is of the bytes as they are, computed
 * while they were read or written, not taken from anyone's word.
 */
public interface Content extends AutoCloseable {

    /** Lowercase hex SHA-256. */
    String hash();

    long size();

    InputStream open() throws IOException;

    /** Drops a staged copy; nothing for an original. */
    @Override
    default void close() {
    }
}

package io.mediadesk.sync.run;

import java.util.Optional;

/**
 * A transfer counts only once its bytes are what was expected: the size the listing gave, and the
 * hash when we know which bytes the version holds. The service exposes no hash, so a download of a
 * version someone else made is checked by size here and named by its own hash from then on (the
 * library stores originals under their hash).
 */
final class Verification {
    private Verification() {
    }

    static void check(Content content, long size, Optional<String> hash, String path) {
        if (content.size() != size) {
            throw new ChangedMeanwhileException(path + ": got " + content.size() + " bytes where " + size + " were expected; not used");
        }
        if (hash.isPresent() && !hash.get().equals(content.hash())) {
            throw new ChangedMeanwhileException(path + ": the bytes do not have the expected hash " + hash.get() + "; not used");
        }
    }
}

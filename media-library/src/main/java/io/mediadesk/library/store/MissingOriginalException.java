package io.mediadesk.library.store;

import java.io.IOException;

/** No store holds an original: named by what is missing (an asset's path, or a hash) and where it was looked for. */
public final class MissingOriginalException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String where;

    public MissingOriginalException(String what, String where) {
        super("the original of " + what + " is missing: not found in " + where);
        this.where = where;
    }

    /** Where it was looked for, for people: "the library folder /x or GridFS on MongoDB h/db". */
    public String where() {
        return where;
    }
}

package io.mediadesk.sync.plan;

/** Which side an action writes to. */
public enum Side {
    LOCAL, REMOTE;

    public String word() {
        return this == LOCAL ? "local" : "remote";
    }
}

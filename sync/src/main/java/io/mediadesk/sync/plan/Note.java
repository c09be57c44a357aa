package io.mediadesk.sync.plan;

/** A line of the plan that is not a step: a conflict and how it was settled, or an item that waits. */
public record Note(Kind kind, String path, String text) {

    public enum Kind {
        CONFLICT, WAIT;

        String word() {
            return this == CONFLICT ? "conflict" : "wait";
        }
    }

    static Note conflict(String path, String text) {
        return new Note(Kind.CONFLICT, path, text);
    }

    static Note waits(String path, String text) {
        return new Note(Kind.WAIT, path, text);
    }
}

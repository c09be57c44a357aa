package io.mediadesk.library.query;

import io.mediadesk.library.LibraryException;

/**
 * A search query that does not parse or does not make sense (an unknown field, an operator the
 * field does not take, a value of the wrong kind). {@link #position} is the 1-based character
 * where the offending token starts, and the message says it, so a person can find the spot.
 */
public final class QuerySyntaxException extends LibraryException {
    private static final long serialVersionUID = 1L;

    private final int position;

    public QuerySyntaxException(String problem, int position) {
        super("search query: " + problem + " at position " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}

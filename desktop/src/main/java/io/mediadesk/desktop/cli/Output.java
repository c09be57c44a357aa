package io.mediadesk.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Where a command's result goes: one JSON document on stdout with {@code --json}, else readable
 * lines. Errors never come through here: they are one {@code error:} line on stderr.
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintWriter out;
    private final boolean json;

    public Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    public boolean json() {
        return json;
    }

    /** Prints {@code result} as JSON, or {@code text} for people. */
    public void result(Object result, String text) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(result));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.println(text);
        }
        out.flush();
    }
}

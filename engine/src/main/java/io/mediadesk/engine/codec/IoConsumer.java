package io.mediadesk.engine.codec;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, for writers handed to {@link AtomicFiles}. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}

package io.mediadesk.engine.transform;

/** Reads the text after {@code key-} into a typed value, or fails through {@link ValueText#fail}. */
@FunctionalInterface
interface Syntax {
    Value read(ValueText in);

    /** For keys that are only ever written bare ({@code e-grayscale}). */
    Syntax NONE = in -> {
        throw in.fail(in.key().shortKey() + " takes no value; write it bare");
    };
}

package io.mediadesk.engine.codec;

/** How the stored samples are meant to be read, as far as the header says; alpha is separate. */
public enum ColourModel {
    GRAY, RGB, PALETTE, CMYK,
    /** CMYK stored as YCbCrK (Adobe APP14 transform 2): needs the inverse transform before CMYK. */
    YCCK,
    UNKNOWN
}

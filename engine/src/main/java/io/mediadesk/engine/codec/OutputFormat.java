package io.mediadesk.engine.codec;

/** Formats the {@link Encoder} writes. */
public enum OutputFormat {
    JPEG("jpg", false), PNG("png", true), WEBP("webp", true), GIF("gif", true), BMP("bmp", false), TIFF("tif", true);

    private final String extension;
    private final boolean alpha;

    OutputFormat(String extension, boolean alpha) {
        this.extension = extension;
        this.alpha = alpha;
    }

    public String extension() {
        return extension;
    }

    /** Whether transparency survives; otherwise the image is flattened on the background colour. */
    public boolean keepsAlpha() {
        return alpha;
    }
}

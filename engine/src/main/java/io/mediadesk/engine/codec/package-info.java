/**
 * Image decoding, encoding and the safety gate in front of them. Every image from outside is
 * treated as hostile: its format is sniffed from magic bytes, its header is read by small bounded
 * parsers written here ({@link io.mediadesk.engine.codec.ImageProbe}) and checked against
 * {@link io.mediadesk.engine.codec.Limits} before a single pixel buffer is allocated; only then
 * does the {@link io.mediadesk.engine.codec.Decoder} hand the file to an ImageIO reader, on a
 * bounded worker pool under a time budget, and normalise the result to 8-bit sRGB
 * {@code TYPE_INT_RGB}/{@code TYPE_INT_ARGB}. The {@link io.mediadesk.engine.codec.Encoder} writes
 * JPEG, PNG, WebP, GIF, BMP and TIFF, to files only through {@link
 * io.mediadesk.engine.codec.AtomicFiles}. May depend on {@code java.awt}, ImageIO, TwelveMonkeys,
 * the usefulness WebP writer and metadata-extractor; never on JavaFX, the network or an external
 * process.
 */
package io.mediadesk.engine.codec;

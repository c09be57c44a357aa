/**
 * The geometry planner: a pure function from a parsed transformation and the source's size,
 * EXIF orientation and custom coordinates to a {@link io.mediadesk.engine.plan.Plan}, the list of
 * resize, crop, pad, rotate and flip operations with every size and box in whole pixels, worked
 * out before any pixel is decoded. One rounding rule ({@code Rounding}), one placement table
 * ({@code Gravity}); the rules are written down, with worked examples, in docs/GEOMETRY.md. It
 * depends on {@code io.mediadesk.engine.transform} for its input, on the AWT-free
 * {@code RotatedBounds} and {@code Orientation} constants of {@code render} and on {@code Limits}
 * and {@code ImageInfo} of {@code codec}; it never touches {@code java.awt}, ImageIO or I/O.
 */
package io.mediadesk.engine.plan;

/**
 * The geometry planner: a pure function from a parsed transformation and the source's size,
 * EXIF orientation and custom coordinates to a {@link io.mediadesk.engine.plan.Plan}, the list of
 * trim, resize, crop, pad, rotate, flip, border and effect operations with every size and box in
 * whole pixels, worked out before any pixel is decoded (a trim's box, which depends on the pixels,
 * is handed back by the renderer and planned again). One rounding rule ({@code Rounding}), one
 * placement table ({@code Gravity}), one effect order ({@code StepEffects.ORDER}), one table of
 * what renders locally ({@code Support}); the rules are written down, with worked examples, in
 * docs/GEOMETRY.md and docs/EFFECTS.md. It
 * depends on {@code io.mediadesk.engine.transform} for its input, on the AWT-free
 * {@code RotatedBounds} and {@code Orientation} constants of {@code render} and on {@code Limits}
 * and {@code ImageInfo} of {@code codec}; it never touches {@code java.awt}, ImageIO or I/O.
 */
package io.mediadesk.engine.plan;

/**
 * Pixel stages: small, exact operations on 8-bit sRGB {@link java.awt.image.BufferedImage}s of
 * {@code TYPE_INT_RGB} (opaque) or {@code TYPE_INT_ARGB} (non-premultiplied alpha) that the
 * renderer chains. Every stage is a {@link io.mediadesk.engine.render.Stage}: it returns a new
 * image and never mutates its input, so stages can share images freely. Geometry is decided by
 * the planner before a stage runs; a stage only checks that what it is asked is possible and
 * throws {@link java.lang.IllegalArgumentException} otherwise. Stages work on the {@code int[]}
 * data buffers directly, never through Java2D drawing, because Java2D downscales alias. The
 * effects (blur, sharpening, colour, radius, shadow, gradient, padding backgrounds) are stages
 * like the geometry, defined in docs/EFFECTS.md and reached from a plan only through
 * {@code PlanStages} and {@code EffectStages}. This
 * package may use {@code java.awt.image}; it does no file I/O and knows nothing of JavaFX.
 */
package io.mediadesk.engine.render;

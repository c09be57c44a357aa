/**
 * ImageKit transformation strings as data: {@link io.mediadesk.engine.transform.TransformationParser}
 * turns {@code tr:w-300,h-200:rt-90} into an immutable {@link io.mediadesk.engine.transform.Transformation}
 * and {@link io.mediadesk.engine.transform.TransformationFormatter} writes its canonical string (the
 * render cache key) back. One table, {@link io.mediadesk.engine.transform.Key}, drives both directions.
 * This package is pure Java: it may depend on {@code java.base} and {@code io.mediadesk.engine} only,
 * never on AWT, ImageIO, the network or the file system, so the planner and the UI can use it anywhere.
 */
package io.mediadesk.engine.transform;

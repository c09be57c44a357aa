/**
 * The engine: ImageKit transformation strings turned into data ({@code transform}), a pure
 * geometry plan ({@code plan}) and pixels ({@code render}, {@code codec}). It depends on no other
 * Mediadesk module, never on JavaFX, JDBC or the network; only its render and codec packages may
 * touch {@code java.awt}, ImageIO or Thumbnailator.
 */
package io.mediadesk.engine;

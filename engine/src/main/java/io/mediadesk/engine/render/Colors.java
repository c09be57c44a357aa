package io.mediadesk.engine.render;

import io.mediadesk.engine.transform.Color;

/** Colours of the transformation grammar as pixel values. */
final class Colors {
    private Colors() {
    }

    /** {@code RRGGBBOO} carries a decimal opacity 00-99 percent; without it the colour is opaque. */
    static Rgba rgba(Color color) {
        int rgb = color.rgb();
        int alpha = color.opacity().isPresent() ? Math.round(color.opacity().getAsInt() * 255 / 100f) : 255;
        return Rgba.of((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    static java.awt.Color awt(Rgba rgba) {
        return new java.awt.Color(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha());
    }
}

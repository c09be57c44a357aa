package io.mediadesk.engine.plan;

/**
 * The width and height a step asks for, resolved to whole pixels after fractions, expressions,
 * {@code dpr} and {@code ar}; 0 means "not asked". {@code ar} only ever fills a missing side.
 */
record Target(int width, int height) {
    boolean hasWidth() {
        return width > 0;
    }

    boolean hasHeight() {
        return height > 0;
    }

    boolean both() {
        return hasWidth() && hasHeight();
    }

    boolean any() {
        return hasWidth() || hasHeight();
    }
}

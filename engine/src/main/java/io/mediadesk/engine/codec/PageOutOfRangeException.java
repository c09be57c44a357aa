package io.mediadesk.engine.codec;

import io.mediadesk.engine.EngineException;

/**
 * A page was asked for that the file does not have: the caller's request is wrong, not the file,
 * so this is not an {@link ImageRejectedException}. The message names the page count.
 */
public final class PageOutOfRangeException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final int page;
    private final int pages;

    public PageOutOfRangeException(int page, int pages) {
        super("Page " + page + " was asked for, but the file has " + pages + (pages == 1 ? " page" : " pages"));
        this.page = page;
        this.pages = pages;
    }

    public int page() {
        return page;
    }

    public int pages() {
        return pages;
    }
}

/**
 * The library browser, the window's main view: folder tree with lazy counts, the search bar (the
 * service's searchQuery language, errors at their token, completion), quick filters and sort, a
 * virtualised thumbnail grid or a details table over lazily paged results, selection, the trash and
 * the first-run screen. View classes build and bind; {@link LibraryBrowserViewModel} holds the state
 * and calls the media-library API through a {@link io.mediadesk.desktop.app.TaskRunner}. May depend
 * on the {@code asset} and {@code importing} packages for the panels it hosts.
 */
package io.mediadesk.desktop.library;

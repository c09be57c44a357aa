/**
 * Change events: what a window or a sync runner subscribes to so it hears about committed
 * changes. Plain Java, no JavaFX; depends on the library's model only.
 */
package io.mediadesk.library.event;

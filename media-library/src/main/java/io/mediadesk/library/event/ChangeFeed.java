package io.mediadesk.library.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one library and the fan-out to them. Stores publish after each commit; a
 * copy-on-write list lets a listener unsubscribe while being told.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** Subscribes {@code listener}; closing the result unsubscribes it. */
    public AutoCloseable subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(LibraryChange change) {
        if (change.ids().isEmpty()) return;
        for (ChangeListener l : listeners) {
            try {
                l.changed(change);
            } catch (RuntimeException e) {
                LOG.warn("a change listener failed on {}", change.kind(), e);
            }
        }
    }
}

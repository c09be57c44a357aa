package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.engine.render.RenderedPixels;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;

/**
 * Small pictures of both sides' content of a conflict. Blocking (files, the network): called on
 * the TaskRunner only. A side that cannot be shown gets a note instead of pixels, never an exception.
 */
public interface ConflictPictures {
    /** The longest side of a picture, in pixels. */
    int SIZE = 256;

    /** Pixels, or null with a note saying why there are none. */
    record Picture(RenderedPixels pixels, String note) {
        static Picture none(String why) {
            return new Picture(null, why);
        }
    }

    Picture library(LocalFile asset);

    Picture service(Connection account, RemoteEntry file);

    /** No pictures at all (a panel built without a renderer). */
    ConflictPictures NONE = new ConflictPictures() {
        @Override
        public Picture library(LocalFile asset) {
            return Picture.none("No preview here.");
        }

        @Override
        public Picture service(Connection account, RemoteEntry file) {
            return Picture.none("No preview here.");
        }
    };
}

package io.mediadesk.desktop.purge;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where "purge the selection" and "purge the folder" take their assets from: the library browser
 * in the app. Each method is called on the FX thread and captures what is selected then; the
 * supplier it returns looks the paths up and may block, so it is run off the FX thread.
 */
public interface PurgeSources {
    PurgeSources NONE = new PurgeSources() {
        @Override
        public Supplier<List<String>> selection() {
            return List::of;
        }

        @Override
        public Optional<Folder> folder() {
            return Optional.empty();
        }
    };

    /** The selected assets' paths ({@code /folder/name.jpg}). */
    Supplier<List<String>> selection();

    /** The folder chosen in the browser, if any besides the root. */
    Optional<Folder> folder();

    /** A folder ({@code /products/red/}) and how to list the files under it. */
    record Folder(String path, Supplier<List<String>> files) {
    }
}

package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.PresetLookup;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The library's named presets as the studio sees them: a lookup that expands {@code n-NAME} while
 * typing (in memory: the parser runs on every keystroke on the FX thread, so it must not read the
 * catalog), the names for the grid's picker, and "Save as preset…", which runs off the FX thread
 * and answers with a sentence for people. {@link #NONE} is a studio without a library.
 */
public interface StudioPresets {
    StudioPresets NONE = new StudioPresets() {
        private final ObservableList<String> none = javafx.collections.FXCollections.emptyObservableList();

        @Override
        public PresetLookup lookup() {
            return name -> java.util.Optional.empty();
        }

        @Override
        public ObservableList<String> names() {
            return none;
        }

        @Override
        public void save(String name, String description, String transformation, Consumer<String> saved, Consumer<String> refused) {
            refused.accept("This window has no library to keep presets in.");
        }
    };

    /** {@code n-NAME} for the presets outside the trash, as last read from the catalog. */
    PresetLookup lookup();

    /** The names of the presets outside the trash, sorted; updated on the FX thread. */
    ObservableList<String> names();

    /** Creates a preset (the name must be free); {@code saved} or {@code refused} get a sentence on the FX thread. */
    void save(String name, String description, String transformation, Consumer<String> saved, Consumer<String> refused);
}

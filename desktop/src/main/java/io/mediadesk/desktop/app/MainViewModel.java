package io.mediadesk.desktop.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which area the window shows and whether it is dark; the feature ViewModels live in their own packages. */
public final class MainViewModel {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.LIBRARY);
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggleDark() {
        dark.set(!dark.get());
    }
}

package io.mediadesk.desktop.transform;

import java.nio.file.Path;
import io.mediadesk.engine.render.RenderedPixels;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;

/** One cell of the grid: a preset over an image, its (shrunk) pixels and what the render reported. */
public final class GridCell {
    private final String preset;
    private final Path image;
    private final ObjectProperty<RenderedPixels> pixels = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("Rendering…");
    private final BooleanProperty failed = new SimpleBooleanProperty();

    GridCell(String preset, Path image) {
        this.preset = preset;
        this.image = image;
    }

    void rendered(RenderedPixels thumbnail) {
        pixels.set(thumbnail);
        summary.set(Outcome.summary(thumbnail.info()));
    }

    void failed(Throwable failure) {
        failed.set(true);
        summary.set(Outcome.failure(failure));
    }

    public String preset() {
        return preset;
    }

    public Path image() {
        return image;
    }

    public ReadOnlyObjectProperty<RenderedPixels> pixelsProperty() {
        return pixels;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}

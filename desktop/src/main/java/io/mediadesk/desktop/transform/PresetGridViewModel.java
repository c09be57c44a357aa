package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.PresetLookup;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side-by-side grid: presets (transformation strings the designer adds from the studio, or a
 * library preset as {@code n-NAME}, expanded through the studio's {@link #usePresets lookup} when
 * the cell renders) over images, one cell per pair, each rendered in the background. Adding a row
 * or a column renders only the new cells.
 */
public final class PresetGridViewModel {
    /** Cells show at most this many pixels a side; the true size is in the cell's summary. */
    static final int CELL_SIDE = 320;

    private final Renderer renderer;
    private final TaskRunner tasks;
    private volatile PresetLookup lookup = name -> java.util.Optional.empty();
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final ObservableList<Path> images = FXCollections.observableArrayList();
    private final ObservableList<GridCell> cells = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call is only weakly attached to its list, so a
    // listener added to it would stop hearing changes once the view was garbage-collected.
    private final ObservableList<String> presetsView = FXCollections.unmodifiableObservableList(presets);
    private final ObservableList<Path> imagesView = FXCollections.unmodifiableObservableList(images);
    private final ObservableList<GridCell> cellsView = FXCollections.unmodifiableObservableList(cells);

    public PresetGridViewModel(Renderer renderer, TaskRunner tasks) {
        this.renderer = renderer;
        this.tasks = tasks;
    }

    /** Where {@code n-NAME} rows find their transformation (the library's presets in the app). */
    public void usePresets(PresetLookup presets) {
        lookup = presets;
    }

    /** Adds a preset row; the same string twice is one row. */
    public void addPreset(String transformation) {
        String canonical = Transformation.parse(transformation).toString();
        if (!presets.contains(canonical)) {
            presets.add(canonical);
            images.forEach(image -> add(canonical, image));
        }
    }

    public void addImage(Path image) {
        if (!images.contains(image)) {
            images.add(image);
            presets.forEach(preset -> add(preset, image));
        }
    }

    public void removePreset(String preset) {
        presets.remove(preset);
        cells.removeIf(cell -> cell.preset().equals(preset));
    }

    public void clear() {
        presets.clear();
        images.clear();
        cells.clear();
    }

    private void add(String preset, Path image) {
        GridCell cell = new GridCell(preset, image);
        cells.add(cell);
        PresetLookup presets = lookup;
        tasks.run(() -> Thumbnail.of(renderer.renderPixels(image, new TransformationParser(presets).parse(preset)), CELL_SIDE),
                cell::rendered, cell::failed);
    }

    public ObservableList<String> presets() {
        return presetsView;
    }

    public ObservableList<Path> images() {
        return imagesView;
    }

    /** Cells in the order they were made; a view places each by its preset's row and image's column. */
    public ObservableList<GridCell> cells() {
        return cellsView;
    }
}

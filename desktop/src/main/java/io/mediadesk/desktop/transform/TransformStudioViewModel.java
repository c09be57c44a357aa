package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.ParseResult;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;

/**
 * The transform studio's editing state: the transformation string as typed, the engine parser's
 * verdict on it (error message and the span to underline), and one property per common parameter
 * kept in two-way sync with the string. An invalid string leaves the parameters (and the preview)
 * on the last valid transformation; moving a parameter rewrites the string in canonical form.
 */
public final class TransformStudioViewModel {
    private TransformationParser parser = new TransformationParser();
    private StudioPresets presets = StudioPresets.NONE;
    private final PreviewViewModel preview;
    private final PresetGridViewModel grid;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorStart = new SimpleIntegerProperty(-1);
    private final IntegerProperty errorEnd = new SimpleIntegerProperty(-1);
    private final StringProperty parameterError = new SimpleStringProperty("");
    private final ObjectProperty<Transformation> valid = new SimpleObjectProperty<>(Transformation.of());
    private final Map<Key, StringProperty> parameters = new EnumMap<>(Key.class);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty();
    private boolean syncing;

    public TransformStudioViewModel(PreviewViewModel preview, PresetGridViewModel grid) {
        this.preview = preview;
        this.grid = grid;
        for (Key key : CommonParameters.KEYS) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((obs, old, now) -> parameterMoved(key, now));
            parameters.put(key, value);
        }
        text.addListener((obs, old, now) -> parse(now));
    }

    /**
     * Expands {@code n-NAME} through the library's presets: the string is checked again now and
     * whenever the presets change, the grid's {@code n-NAME} rows render them, and
     * {@link #saveAsPreset} keeps the string in the library.
     */
    public void usePresets(StudioPresets library) {
        presets = library;
        parser = new TransformationParser(library.lookup());
        grid.usePresets(library.lookup());
        library.names().addListener((javafx.beans.InvalidationListener) o -> parse(text.get()));
        parse(text.get());
    }

    /** The library's presets as the studio sees them ({@link StudioPresets#NONE} without a library). */
    public StudioPresets presets() {
        return presets;
    }

    /** Saves the string as typed (its {@code n-NAME} kept) as a new library preset; the answer is a sentence. */
    public void saveAsPreset(String name, String description, java.util.function.Consumer<String> saved,
            java.util.function.Consumer<String> refused) {
        if (!error.get().isEmpty()) {
            refused.accept("Fix the transformation first: " + error.get());
            return;
        }
        if (text.get() == null || text.get().isBlank()) {
            refused.accept("Type a transformation first.");
            return;
        }
        presets.save(name == null ? "" : name.strip(), description, text.get(), saved, refused);
    }

    private void parse(String input) {
        ParseResult result;
        try {
            result = parser.parseWithNotices(input == null ? "" : input);
        } catch (InvalidTransformationException e) {
            input = input == null ? "" : input;
            int at = Math.max(0, Math.min(e.position(), input.length()));
            error.set(e.getMessage());
            errorStart.set(at);
            errorEnd.set(Math.min(input.length(), at + Math.max(1, e.token().length())));
            return;
        }
        error.set("");
        errorStart.set(-1);
        errorEnd.set(-1);
        parameterError.set("");
        valid.set(result.transformation());
        syncParameters(result.transformation());
        preview.show(result.transformation(), result.notices());
    }

    private void syncParameters(Transformation transformation) {
        syncing = true;
        try {
            CommonParameters.read(transformation).forEach((key, value) -> parameters.get(key).set(value));
        } finally {
            syncing = false;
        }
    }

    private void parameterMoved(Key key, String value) {
        if (syncing) {
            return;
        }
        try {
            text.set(CommonParameters.with(valid.get(), key, value).toString());
            parameterError.set("");
        } catch (InvalidTransformationException e) {
            parameterError.set(e.getMessage());
        }
    }

    /** Adds the current valid transformation to the side-by-side grid. */
    public void addToGrid() {
        grid.addPreset(valid.get().toString());
        if (grid.images().isEmpty() && preview.sourceProperty().get() != null) {
            grid.addImage(preview.sourceProperty().get()); // a grid with no image would show nothing
        }
    }

    /** Adds a library preset to the grid as an {@code n-NAME} row (expanded when its cells render). */
    public void addLibraryPresetToGrid(String name) {
        if (name == null || name.isBlank()) return;
        grid.addPreset("n-" + name.strip());
        if (grid.images().isEmpty() && preview.sourceProperty().get() != null) {
            grid.addImage(preview.sourceProperty().get());
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The parameter's canonical value text, {@code ""} when absent; setting it rewrites the string. */
    public StringProperty parameterProperty(Key key) {
        StringProperty property = parameters.get(key);
        if (property == null) {
            throw new IllegalArgumentException(key + " has no control; see CommonParameters.KEYS");
        }
        return property;
    }

    public Map<Key, StringProperty> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Where the underline starts in the string, -1 when the string is valid. */
    public ReadOnlyIntegerProperty errorStartProperty() {
        return errorStart;
    }

    public ReadOnlyIntegerProperty errorEndProperty() {
        return errorEnd;
    }

    /** Why the last control change could not be written, {@code ""} when it was. */
    public ReadOnlyStringProperty parameterErrorProperty() {
        return parameterError;
    }

    public ReadOnlyObjectProperty<Transformation> validProperty() {
        return valid;
    }

    public List<SyntaxSpan> spans() {
        return TransformSyntax.spans(text.get());
    }

    /** Whether the side-by-side grid is shown instead of the single preview. */
    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public PresetGridViewModel grid() {
        return grid;
    }
}

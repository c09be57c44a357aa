package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.Key;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * Controls for the common parameters, each bound both ways to its property on the
 * {@link TransformStudioViewModel} (which rewrites the string). "default" means the key is absent.
 */
final class ParameterPanel extends GridPane {
    static final String NONE = "default";
    private int row;

    ParameterPanel(TransformStudioViewModel model) {
        getStyleClass().add("parameter-panel");
        setId("parameters");
        getColumnConstraints().addAll(new ColumnConstraints(92), new ColumnConstraints(100, 170, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        section("Size");
        add(Key.W, "Width", text(model, Key.W, "auto"));
        add(Key.H, "Height", text(model, Key.H, "auto"));
        add(Key.C, "Crop", choice(model, Key.C, false, "maintain_ratio", "force", "at_max", "at_max_enlarge", "at_least",
                "maintain_ratio_no_enlarge"));
        add(Key.CM, "Crop mode", choice(model, Key.CM, false, "pad_resize", "extract", "pad_extract",
                "pad_resize_no_enlarge", "pad_extract_no_shrink"));
        add(Key.FO, "Focus", choice(model, Key.FO, true, "center", "top", "bottom", "left", "right", "top_left",
                "top_right", "bottom_left", "bottom_right", "auto", "face", "person"));
        section("Output");
        add(Key.F, "Format", choice(model, Key.F, false, "auto", "jpg", "png", "webp", "gif", "avif", "orig"));
        add(Key.Q, "Quality", slider(model, Key.Q));
        section("Look");
        add(Key.RT, "Rotation", choice(model, Key.RT, true, "90", "180", "270", "auto", "N90"));
        add(Key.FL, "Flip", choice(model, Key.FL, false, "h", "v", "h_v"));
        add(Key.BL, "Blur", slider(model, Key.BL));
        add(Key.BG, "Background", background(model));
        add(Key.B, "Border", text(model, Key.B, "5_FF0000"));
        add(Key.R, "Radius", text(model, Key.R, "20 or max"));
        Label error = new Label();
        error.setId("parameter-error");
        error.getStyleClass().add("parameter-error");
        error.setWrapText(true);
        error.textProperty().bind(model.parameterErrorProperty());
        error.visibleProperty().bind(model.parameterErrorProperty().isNotEmpty());
        add(error, 0, ++row, 2, 1);
    }

    private void section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("panel-section");
        add(label, 0, row++, 2, 1);
    }

    private void add(Key key, String name, javafx.scene.Node control) {
        Label label = new Label(name);
        label.getStyleClass().add("parameter-label");
        label.setTooltip(new javafx.scene.control.Tooltip(key.shortKey() + " · " + String.join(", ", key.longNames())));
        control.setId("param-" + key.shortKey());
        add(label, 0, row);
        add(control, 1, row++);
    }

    private static TextField text(TransformStudioViewModel model, Key key, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.parameterProperty(key));
        return field;
    }

    private static ComboBox<String> choice(TransformStudioViewModel model, Key key, boolean editable, String... values) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(NONE);
        box.getItems().addAll(List.of(values));
        box.setEditable(editable);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(NONE); // the binding starts from the key's value, shown as "default" when absent
        Bindings.bindBidirectional(model.parameterProperty(key), box.valueProperty(), new StringConverter<String>() {
            @Override
            public String toString(String shown) {
                return shown == null || shown.equals(NONE) ? "" : shown.trim();
            }

            @Override
            public String fromString(String value) {
                return value == null || value.isEmpty() ? NONE : value;
            }
        });
        return box;
    }

    /** 1-100, with 0 meaning "not set" (the key is absent). */
    private static HBox slider(TransformStudioViewModel model, Key key) {
        Slider slider = new Slider(0, 100, 0);
        slider.setBlockIncrement(1);
        slider.setId("slider-" + key.shortKey());
        HBox.setHgrow(slider, Priority.ALWAYS);
        StringProperty value = model.parameterProperty(key);
        Bindings.bindBidirectional(value, slider.valueProperty(), new StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return n == null || n.intValue() <= 0 ? "" : Integer.toString(n.intValue());
            }

            @Override
            public Number fromString(String text) {
                try {
                    return text == null || text.isEmpty() ? 0 : Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        });
        Label shown = new Label();
        shown.getStyleClass().add("slider-value");
        shown.setMinWidth(52);
        shown.textProperty().bind(Bindings.when(value.isEmpty()).then(NONE).otherwise(value));
        return new HBox(6, slider, shown);
    }

    /** Free text (hex, name, blurred, dominant, gradients...) plus a picker that writes a hex colour. */
    private static HBox background(TransformStudioViewModel model) {
        TextField field = text(model, Key.BG, "FFFFFF, blurred…");
        HBox.setHgrow(field, Priority.ALWAYS);
        ColorPicker picker = new ColorPicker(Color.WHITE);
        picker.getStyleClass().add("button");
        picker.setMaxWidth(40);
        picker.setOnAction(e -> model.parameterProperty(Key.BG).set(hex(picker.getValue())));
        return new HBox(6, field, picker);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}

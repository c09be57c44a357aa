package io.mediadesk.desktop.asset;

import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The custom metadata form, generated from the library's field definitions: a control per type
 * (text field, text area, number field, date picker, check box, drop-down, multi-choice), the
 * field's rule message under it as it is typed, and Apply for the whole selection.
 */
final class MetadataForm extends VBox {
    private final MetadataFormViewModel model;
    private final VBox fields = new VBox(8);
    private final Button apply = new Button("Apply metadata");

    MetadataForm(MetadataFormViewModel model) {
        super(8);
        this.model = model;
        setId("metadata-form");
        Label title = new Label();
        title.setId("metadata-title");
        title.textProperty().bind(model.title());
        title.getStyleClass().add("panel-title");
        apply.setId("metadata-apply");
        apply.setOnAction(e -> model.apply());
        Label message = new Label();
        message.setId("metadata-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, fields, apply, message);
        model.entries().addListener((ListChangeListener<MetadataFormViewModel.Entry>) c -> rebuild());
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.entries()));
        managedProperty().bind(visibleProperty());
        rebuild();
    }

    private void rebuild() {
        fields.getChildren().clear();
        for (MetadataFormViewModel.Entry entry : model.entries()) {
            CustomField field = entry.field();
            Label label = new Label(field.label() + (field.schema().required() ? " *" : ""));
            label.getStyleClass().add("fact-key");
            Node editor = editor(entry);
            editor.setId("field-" + field.name());
            Label error = new Label();
            error.setId("field-error-" + field.name());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(entry.errorProperty());
            error.visibleProperty().bind(entry.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            fields.getChildren().add(new VBox(2, label, editor, error));
        }
        apply.disableProperty().unbind();
        apply.disableProperty().bind(model.applicable().not());
    }

    private static Node editor(MetadataFormViewModel.Entry entry) {
        CustomField field = entry.field();
        FieldType type = field.type();
        return switch (type) {
            case TEXTAREA -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(entry.textProperty());
                yield area;
            }
            case DATE -> datePicker(entry);
            case BOOLEAN -> {
                CheckBox box = new CheckBox(field.label());
                box.setSelected("true".equals(entry.textProperty().get()));
                entry.textProperty().addListener((o, was, now) -> box.setSelected("true".equals(now)));
                box.selectedProperty().addListener((o, was, now) -> {
                    if (!Boolean.toString(now).equals(entry.textProperty().get())) entry.textProperty().set(Boolean.toString(now));
                });
                yield box;
            }
            case SINGLE_SELECT -> {
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(options(field)));
                if (!field.schema().required()) combo.getItems().add(0, "");
                combo.valueProperty().bindBidirectional(entry.textProperty());
                yield combo;
            }
            case MULTI_SELECT -> multiSelect(entry);
            default -> {
                TextField text = new TextField();
                if (type == FieldType.NUMBER) text.setPromptText(range(field));
                text.textProperty().bindBidirectional(entry.textProperty());
                yield text;
            }
        };
    }

    private static DatePicker datePicker(MetadataFormViewModel.Entry entry) {
        DatePicker picker = new DatePicker();
        picker.setPromptText("yyyy-mm-dd");
        boolean[] syncing = {false};
        Runnable fromText = () -> {
            syncing[0] = true;
            picker.setValue(date(entry.textProperty().get()));
            syncing[0] = false;
        };
        fromText.run();
        entry.textProperty().addListener((o, was, now) -> {
            if (!syncing[0]) fromText.run();
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (syncing[0]) return;
            syncing[0] = true;
            entry.textProperty().set(now == null ? "" : now.toString());
            syncing[0] = false;
        });
        return picker;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) return null;
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CheckComboBox<String> multiSelect(MetadataFormViewModel.Entry entry) {
        CheckComboBox<String> box = new CheckComboBox<>(FXCollections.observableArrayList(options(entry.field())));
        boolean[] syncing = {false};
        Runnable fromText = () -> {
            syncing[0] = true;
            List<String> chosen = Arrays.stream(entry.textProperty().get().split(",")).map(String::strip).toList();
            box.getCheckModel().clearChecks();
            chosen.forEach(c -> {
                if (box.getItems().contains(c)) box.getCheckModel().check(c);
            });
            syncing[0] = false;
        };
        fromText.run();
        entry.textProperty().addListener((o, was, now) -> {
            if (!syncing[0]) fromText.run();
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (syncing[0]) return;
            syncing[0] = true;
            entry.textProperty().set(box.getItems().stream().filter(box.getCheckModel()::isChecked).collect(Collectors.joining(", ")));
            syncing[0] = false;
        });
        return box;
    }

    private static List<String> options(CustomField field) {
        return field.schema().selectOptions().stream().map(MetadataFormViewModel::text).toList();
    }

    private static String range(CustomField field) {
        String min = field.schema().minValue().map(MetaValue::plain).map(String::valueOf).orElse("");
        String max = field.schema().maxValue().map(MetaValue::plain).map(String::valueOf).orElse("");
        return min.isEmpty() && max.isEmpty() ? "a number" : "from " + (min.isEmpty() ? "…" : min) + " to " + (max.isEmpty() ? "…" : max);
    }
}

package io.mediadesk.desktop.transform;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** "Save as preset…": a name (the library checks it) and an optional description. */
final class SavePresetDialog {
    record Answer(String name, String description) {
    }

    private SavePresetDialog() {
    }

    static Optional<Answer> ask(Window owner) {
        Dialog<Answer> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Save as preset");
        dialog.setHeaderText("Keep this transformation in the library as a named preset (n-NAME).");
        TextField name = new TextField();
        name.setId("save-preset-name");
        name.setPromptText("letters, digits and _ (e.g. thumb_small)");
        TextField description = new TextField();
        description.setId("save-preset-description");
        description.setPromptText("optional");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Description"), description);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Answer(name.getText(), description.getText()) : null);
        return dialog.showAndWait();
    }
}

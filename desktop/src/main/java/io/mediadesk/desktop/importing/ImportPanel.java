package io.mediadesk.desktop.importing;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The progress panel under the grid: a bar, the running summary, cancel, and one line per file. */
public final class ImportPanel extends VBox {

    public ImportPanel(ImportViewModel model) {
        setId("import-panel");
        getStyleClass().add("import-panel");
        setSpacing(6);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(240);
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button("Close");
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> model.dismiss());
        HBox head = new HBox(10, bar, summary, cancel, close);
        HBox.setHgrow(summary, Priority.ALWAYS);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<ImportRow> rows = new ListView<>(model.rows());
        rows.setId("import-rows");
        rows.setPrefHeight(140);
        rows.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : mark(row) + "  " + row.file() + "  —  " + row.detail());
            }
        });
        getChildren().addAll(head, rows);
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
    }

    private static String mark(ImportRow row) {
        return switch (row.status()) {
            case IMPORTED -> row.detail().startsWith("looks like") ? "≈ near-duplicate" : "✓ imported";
            case DUPLICATE -> "= duplicate";
            case FAILED -> "✗ failed";
        };
    }
}

package io.mediadesk.desktop.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * The window's content while an older catalog is upgraded (once, after an update of Mediadesk):
 * the step, a bar and the count, so a long upgrade does not look like a hung window. No cancel:
 * the upgrade is one transaction, and closing the window leaves the catalog as it was.
 */
public final class UpgradeView extends VBox {

    public UpgradeView(UpgradeViewModel model) {
        super(12);
        setId("upgrade-view");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(32));
        Label title = new Label("Upgrading your library");
        title.getStyleClass().add("title");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label step = new Label();
        step.setId("upgrade-step");
        step.textProperty().bind(model.stepProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("upgrade-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label count = new Label();
        count.setId("upgrade-count");
        count.textProperty().bind(model.countProperty());
        Label note = new Label("This happens once, after an update. Closing the window leaves the library as it was; "
                + "the upgrade then runs again at the next start.");
        note.setWrapText(true);
        note.setStyle("-fx-opacity: 0.75;");
        Label error = new Label();
        error.setId("upgrade-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c62828;");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(title, step, bar, count, note, error);
    }
}

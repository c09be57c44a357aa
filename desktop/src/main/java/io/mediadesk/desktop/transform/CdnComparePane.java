package io.mediadesk.desktop.transform;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Local | CDN | difference, each fitted to a third of the width, with their facts under them and
 * the figures and the state's sentence below. Binds to a {@link CdnCompareViewModel}; nothing else.
 */
final class CdnComparePane extends BorderPane {

    CdnComparePane(CdnCompareViewModel model) {
        setId("cdn-compare");
        getStyleClass().add("cdn-compare");
        GridPane columns = new GridPane();
        columns.setHgap(8);
        columns.add(column("Local", "cdn-local", Bindings.createObjectBinding(() -> FxPixels.image(model.localProperty().get()),
                model.localProperty()), model.localSummaryProperty()), 0, 0);
        columns.add(column("CDN", "cdn-remote", Bindings.createObjectBinding(() -> FxPixels.image(model.cdnProperty().get()),
                model.cdnProperty()), model.cdnSummaryProperty()), 1, 0);
        columns.add(column("Difference", "cdn-difference", Bindings.createObjectBinding(
                () -> FxPixels.image(model.differenceProperty().get()), model.differenceProperty()),
                Bindings.createStringBinding(() -> model.differenceProperty().get() == null ? ""
                        : "×" + PixelDiff.AMPLIFY + ", black = same, red → yellow = more different", model.differenceProperty())), 2, 0);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(100 / 3.0);
            columns.getColumnConstraints().add(c);
        }
        javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        columns.getRowConstraints().add(row);
        columns.setPadding(new Insets(8));
        setCenter(columns);

        Label figures = new Label();
        figures.setId("cdn-figures");
        figures.getStyleClass().add("output-size");
        figures.setWrapText(true);
        figures.textProperty().bind(model.figuresProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.stateProperty().isEqualTo(CdnCompareViewModel.State.WORKING));
        Label message = new Label();
        message.setId("cdn-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button library = new Button("Open the library's selected asset");
        library.setId("cdn-open-library-asset");
        library.setOnAction(e -> model.openLibraryAsset());
        library.visibleProperty().bind(model.stateProperty().isEqualTo(CdnCompareViewModel.State.NOT_LIBRARY));
        library.managedProperty().bind(library.visibleProperty());
        HBox line = new HBox(10, busy, message, library);
        line.setAlignment(Pos.CENTER_LEFT);
        Label url = new Label();
        url.setId("cdn-url");
        url.getStyleClass().add("muted");
        url.textProperty().bind(model.urlProperty());
        VBox facts = new VBox(6, line, figures, url);
        facts.getStyleClass().add("preview-facts");
        facts.setPadding(new Insets(8, 16, 12, 16));
        setBottom(facts);
    }

    private static VBox column(String title, String id, ObservableValue<Image> image, ObservableStringValue summary) {
        StackPane box = new StackPane();
        box.getStyleClass().add("checkerboard");
        box.setMinSize(0, 0);
        ImageView view = new ImageView();
        view.setId(id);
        view.imageProperty().bind(image);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(box.widthProperty().subtract(8));
        view.fitHeightProperty().bind(box.heightProperty().subtract(8));
        box.getChildren().add(view);
        VBox.setVgrow(box, Priority.ALWAYS);
        Label heading = new Label(title);
        heading.getStyleClass().add("compare-tag");
        Label facts = new Label();
        facts.setId(id + "-summary");
        facts.getStyleClass().add("muted");
        facts.textProperty().bind(summary);
        VBox column = new VBox(4, heading, box, facts);
        column.setMinSize(0, 0);
        return column;
    }
}

package io.mediadesk.desktop.transform;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Before/after: the original and the output, each scaled to fit the same box and centred, with a
 * slider that wipes between them: left of the line is before, right of it after; at the far left
 * the box shows the output alone. Both fill the box, so the same point of the scene lines up
 * across the line whenever the output keeps the source's framing.
 */
final class ComparePane extends BorderPane {
    private final Slider wipe = new Slider(0, 1, 0.5);

    ComparePane(ObservableValue<Image> before, ObservableValue<Image> after) {
        getStyleClass().add("compare-pane");
        StackPane box = new StackPane();
        box.getStyleClass().add("checkerboard");
        box.setMinSize(0, 0);
        StackPane beforeLayer = layer(before, box);
        StackPane afterLayer = layer(after, box);
        Rectangle clip = new Rectangle();
        clip.xProperty().bind(wipe.valueProperty().multiply(box.widthProperty()));
        clip.widthProperty().bind(box.widthProperty().subtract(clip.xProperty()));
        clip.heightProperty().bind(box.heightProperty());
        afterLayer.setClip(clip);
        Line divider = new Line();
        divider.getStyleClass().add("wipe-line");
        divider.setManaged(false);
        divider.startXProperty().bind(clip.xProperty());
        divider.endXProperty().bind(clip.xProperty());
        divider.endYProperty().bind(box.heightProperty());
        divider.visibleProperty().bind(wipe.valueProperty().greaterThan(0).and(wipe.valueProperty().lessThan(1)));
        Pane lines = new Pane(divider);
        lines.setMouseTransparent(true);
        box.getChildren().addAll(beforeLayer, afterLayer, lines, tag("Before", Pos.TOP_LEFT, before), tag("After", Pos.TOP_RIGHT, after));
        wipe.setId("wipe");
        wipe.getStyleClass().add("wipe-slider");
        setCenter(box);
        setBottom(wipe);
    }

    private static StackPane layer(ObservableValue<Image> image, StackPane box) {
        ImageView view = new ImageView();
        view.imageProperty().bind(image);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(box.widthProperty().subtract(16));
        view.fitHeightProperty().bind(box.heightProperty().subtract(16));
        // Enlarged pixels stay sharp squares, so a small output is judged by its real pixels.
        view.smoothProperty().bind(Bindings.createBooleanBinding(() -> image.getValue() == null
                || image.getValue().getWidth() >= view.getFitWidth(), image, view.fitWidthProperty()));
        StackPane layer = new StackPane(view);
        layer.setMinSize(0, 0);
        return layer;
    }

    private static Label tag(String text, Pos where, ObservableValue<Image> image) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll("compare-tag", "compare-tag-" + text.toLowerCase(java.util.Locale.ROOT));
        tag.visibleProperty().bind(Bindings.createBooleanBinding(() -> image.getValue() != null, image));
        StackPane.setAlignment(tag, where);
        return tag;
    }

    Slider wipe() {
        return wipe;
    }
}

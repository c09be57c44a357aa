package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The large preview (Space) over the results: the current asset at the largest thumbnail size,
 * its name and pixel size, following the arrows while open; Space, Escape or a click closes it.
 * The keys stay with the grid underneath, which moves the current asset.
 */
final class PreviewOverlay extends StackPane {
    private static final int SIZE = 1024;
    private final ImageView image = new ImageView();
    private final Label caption = new Label();

    PreviewOverlay(LibraryBrowserViewModel model, ThumbnailCache thumbnails) {
        setId("preview-overlay");
        getStyleClass().add("preview-overlay");
        image.setPreserveRatio(true);
        image.fitWidthProperty().bind(widthProperty().subtract(40));
        image.fitHeightProperty().bind(heightProperty().subtract(70));
        caption.setId("preview-caption");
        VBox box = new VBox(10, image, caption);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(20));
        getChildren().add(box);
        visibleProperty().bind(model.previewingProperty());
        setOnMouseClicked(e -> model.previewingProperty().set(false));
        model.currentProperty().addListener((o, was, now) -> show(model, thumbnails));
        model.previewingProperty().addListener((o, was, now) -> show(model, thumbnails));
    }

    private void show(LibraryBrowserViewModel model, ThumbnailCache thumbnails) {
        Asset asset = model.currentProperty().get();
        if (!model.previewingProperty().get()) return;
        if (asset == null) {
            model.previewingProperty().set(false);
            return;
        }
        caption.setText(asset.name() + "   ·   " + asset.width() + " × " + asset.height() + " px");
        image.setImage(null);
        thumbnails.load(asset, SIZE, img -> {
            if (asset.equals(model.currentProperty().get())) image.setImage(img);
        });
    }

    /** The image on show; for tests. */
    javafx.scene.image.Image shownImage() {
        return image.getImage();
    }
}

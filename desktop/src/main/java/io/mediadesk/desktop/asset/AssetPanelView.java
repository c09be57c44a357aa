package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.library.ThumbnailCache;
import io.mediadesk.library.asset.Asset;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The right-hand panel: large preview, facts, embedded metadata, and tag chips with an editor. */
public final class AssetPanelView extends ScrollPane {
    private final ImageView preview = new ImageView();
    private final GridPane facts = new GridPane();
    private final FlowPane chips = new FlowPane(6, 6);

    public AssetPanelView(AssetPanelViewModel model, ThumbnailCache thumbnails) {
        setId("asset-panel");
        setPrefWidth(300);
        setFitToWidth(true);
        preview.setFitWidth(270);
        preview.setFitHeight(220);
        preview.setPreserveRatio(true);
        facts.setHgap(10);
        facts.setVgap(4);
        chips.setId("tag-chips");
        Label tagsTitle = new Label();
        tagsTitle.getStyleClass().add("panel-title");
        tagsTitle.textProperty().bind(model.targetText());
        TextField add = new TextField();
        add.setId("tag-input");
        add.setPromptText("Add tag (Enter)");
        TextFields.bindAutoCompletion(add, r -> model.completeTag(r.getUserText()));
        add.setOnAction(e -> {
            model.addTags(add.getText());
            add.clear();
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label empty = new Label("Select an asset to see its details");
        empty.visibleProperty().bind(model.assetProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox box = new VBox(10, empty, preview, facts, tagsTitle, chips, add, message);
        box.setPadding(new Insets(12));
        setContent(box);
        model.assetProperty().addListener((o, was, now) -> show(now, model, thumbnails));
    }

    private void show(Asset asset, AssetPanelViewModel model, ThumbnailCache thumbnails) {
        preview.setImage(null);
        facts.getChildren().clear();
        chips.getChildren().clear();
        if (asset == null) return;
        thumbnails.load(asset, 1024, img -> {
            if (asset.equals(model.assetProperty().get())) preview.setImage(img);
        });
        int row = 0;
        for (var fact : AssetFacts.of(asset).entrySet()) {
            Label key = new Label(fact.getKey());
            key.getStyleClass().add("fact-key");
            Label value = new Label(fact.getValue());
            value.setWrapText(true);
            facts.addRow(row++, key, value);
        }
        asset.tags().forEach(t -> chips.getChildren().add(chip(t.value(), model)));
    }

    private static HBox chip(String tag, AssetPanelViewModel model) {
        Label text = new Label(tag);
        Button remove = new Button("×");
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setOnAction(e -> model.removeTag(tag));
        HBox chip = new HBox(2, text, remove);
        chip.getStyleClass().add("tag-chip");
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return chip;
    }
}

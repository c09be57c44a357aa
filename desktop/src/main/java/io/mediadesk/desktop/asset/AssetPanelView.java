package io.mediadesk.desktop.asset;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
        VBox box = new VBox(10, empty, preview, copyUrl(model), facts, tagsTitle, chips, add, message);
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

    private static MenuButton copyUrl(AssetPanelViewModel model) {
        MenuButton menu = new MenuButton("Copy URL");
        menu.setId("copy-url");
        menu.disableProperty().bind(model.assetProperty().isNull());
        menu.getItems().add(copyItem("copy-url-plain", "Plain URL", model, DeliveryLinks.Kind.PLAIN, Optional.empty()));
        menu.getItems().add(copyItem("copy-url-studio", "With the studio's transformation", model, DeliveryLinks.Kind.STUDIO,
                Optional.empty()));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(copyItem("copy-url-signed-1h", "Signed, expires in 1 hour", model, DeliveryLinks.Kind.SIGNED,
                Optional.of(Duration.ofHours(1))));
        menu.getItems().add(copyItem("copy-url-signed-1d", "Signed, expires in 1 day", model, DeliveryLinks.Kind.SIGNED,
                Optional.of(Duration.ofDays(1))));
        menu.getItems().add(copyItem("copy-url-signed-7d", "Signed, expires in 7 days", model, DeliveryLinks.Kind.SIGNED,
                Optional.of(Duration.ofDays(7))));
        menu.getItems().add(copyItem("copy-url-signed", "Signed, never expires", model, DeliveryLinks.Kind.SIGNED, Optional.empty()));
        return menu;
    }

    private static MenuItem copyItem(String id, String text, AssetPanelViewModel model, DeliveryLinks.Kind kind,
            Optional<Duration> expiry) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> model.copyUrl(kind, expiry).ifPresent(url -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
        }));
        return item;
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

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

/**
 * The right-hand panel: large preview (a file dropped on it replaces the content), facts, embedded
 * metadata, tag chips with an editor, custom metadata, versions and History.
 */
public final class AssetPanelView extends ScrollPane {
    private final ImageView preview = new ImageView();
    private final GridPane facts = new GridPane();
    private final FlowPane chips = new FlowPane(6, 6);
    private final VersionsPane versions;

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
        new io.mediadesk.desktop.library.CompletionBinding(add, model.tagCompletion());
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
        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add("panel-title");
        javafx.scene.control.ListView<String> history = new javafx.scene.control.ListView<>(model.trail());
        history.setId("asset-history");
        history.setPrefHeight(140);
        history.setPlaceholder(new Label("Nothing recorded yet"));
        VBox trail = new VBox(6, historyTitle, history);
        trail.visibleProperty().bind(model.assetProperty().isNotNull());
        trail.managedProperty().bind(trail.visibleProperty());
        versions = new VersionsPane(model.versions(), thumbnails);
        versions.visibleProperty().bind(model.assetProperty().isNotNull());
        versions.managedProperty().bind(versions.visibleProperty());
        VBox box = new VBox(10, empty, dropTarget(model.versions()), copyUrl(model), facts, tagsTitle, chips, add, message,
                undoRedo(model), new MetadataForm(model.metadata()), versions, trail);
        box.setPadding(new Insets(12));
        setContent(box);
        model.assetProperty().addListener((o, was, now) -> show(now, model, thumbnails));
    }

    /**
     * Scrolls the panel so the Versions are in view, once what loads in the background (facts,
     * the metadata form, the versions) has had a moment to settle: for demos and screenshots.
     */
    public void revealVersions() {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        settle.setOnFinished(e -> {
            layout();
            double hidden = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
            if (hidden > 0) setVvalue(Math.min(1, versions.getBoundsInParent().getMinY() / hidden));
        });
        settle.play();
    }

    /**
     * The preview, which takes a dropped file as the asset's new content (the old one is kept as a
     * version): one file at a time, while an asset is shown and no other change runs.
     */
    private javafx.scene.layout.StackPane dropTarget(VersionsViewModel versions) {
        javafx.scene.layout.StackPane target = new javafx.scene.layout.StackPane(preview);
        target.setId("preview-drop");
        target.getStyleClass().add("preview-drop");
        // Only files from other apps: a tile dragged out of the grid and let go over the panel is
        // not a request to give this asset another asset's content.
        target.setOnDragOver(e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles() && versions.acceptsDrop(paths(e.getDragboard().getFiles()))) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.pseudoClassStateChanged(DROP, e.getGestureSource() == null && e.getDragboard().hasFiles()));
        target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP, false));
        target.setOnDragDropped(e -> {
            java.util.List<java.nio.file.Path> files = e.getGestureSource() == null && e.getDragboard().hasFiles()
                    ? paths(e.getDragboard().getFiles()) : java.util.List.of();
            boolean taken = versions.acceptsDrop(files);
            if (taken) versions.replace(files.get(0));
            e.setDropCompleted(taken);
            e.consume();
        });
        javafx.scene.control.Tooltip.install(target, new javafx.scene.control.Tooltip(
                "Drop an image here to replace this asset's content (the old one is kept as a version)"));
        return target;
    }

    private static final javafx.css.PseudoClass DROP = javafx.css.PseudoClass.getPseudoClass("drop");

    private static java.util.List<java.nio.file.Path> paths(java.util.List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).toList();
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

    /** Undo and Redo of tag, metadata, rename and version edits, for those who do not know Ctrl/Cmd+Z. */
    private static HBox undoRedo(AssetPanelViewModel model) {
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().add("flat");
        undo.setTooltip(new javafx.scene.control.Tooltip("Undo the last tag, metadata, rename or version change (Ctrl/Cmd+Z)"));
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        undo.setOnAction(e -> model.history().undo());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.getStyleClass().add("flat");
        redo.setTooltip(new javafx.scene.control.Tooltip("Redo (Ctrl/Cmd+Shift+Z or Ctrl+Y)"));
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        redo.setOnAction(e -> model.history().redo());
        HBox row = new HBox(6, undo, redo);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
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

package io.mediadesk.desktop.library;

import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.SortKey;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The row above the grid: search, quick filters, sort, zoom, grid or list, the trash, import. */
final class BrowserToolbar extends VBox {
    private final SearchBar search;

    BrowserToolbar(LibraryBrowserViewModel model, BrowserActions actions, Runnable importFiles, Runnable importFolder) {
        getStyleClass().add("browser-toolbar");
        setSpacing(6);
        search = new SearchBar(model);
        Button importButton = new Button("Import files…");
        importButton.setId("import-files");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> importFiles.run());
        Button importDir = new Button("Import folder…");
        importDir.setId("import-folder");
        importDir.setOnAction(e -> importFolder.run());
        HBox top = new HBox(8, search, importButton, importDir);
        getChildren().addAll(top, filters(model, actions));
    }

    private static FlowPane filters(LibraryBrowserViewModel model, BrowserActions actions) {
        BrowserFilters f = model.filters();
        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList(QuickFilter.FORMATS));
        format.valueProperty().bindBidirectional(f.format());
        ComboBox<QuickFilter.Size> size = new ComboBox<>(FXCollections.observableArrayList(QuickFilter.Size.values()));
        size.valueProperty().bindBidirectional(f.size());
        ComboBox<QuickFilter.Added> added = new ComboBox<>(FXCollections.observableArrayList(QuickFilter.Added.values()));
        added.valueProperty().bindBidirectional(f.added());
        TextField tag = new TextField();
        tag.setPromptText("Tag");
        tag.setPrefColumnCount(8);
        tag.setOnAction(e -> f.tag().set(tag.getText()));
        ComboBox<SortKey> sort = new ComboBox<>(FXCollections.observableArrayList(SortKey.values()));
        sort.setId("sort");
        sort.setConverter(new SortNames());
        sort.valueProperty().bindBidirectional(f.sort());
        Slider zoom = new Slider(96, 320, model.tileSizeProperty().get());
        zoom.setId("zoom");
        zoom.setTooltip(new Tooltip("Tile size"));
        zoom.valueProperty().bindBidirectional(model.tileSizeProperty());
        ToggleButton list = new ToggleButton("List");
        list.setId("list-toggle");
        list.selectedProperty().bindBidirectional(model.detailsProperty());
        ToggleButton trash = new ToggleButton("Trash");
        trash.setId("trash-toggle");
        trash.selectedProperty().addListener((o, was, now) -> f.scope().set(now ? AssetQuery.Scope.TRASHED : AssetQuery.Scope.ACTIVE));
        Button restore = new Button("Restore selected");
        restore.setId("restore");
        restore.visibleProperty().bind(trash.selectedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> actions.restoreSelected());
        FlowPane row = new FlowPane(8, 6, format, size, added, tag, sort, zoom, list, trash, restore);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    SearchBar search() {
        return search;
    }

    /** "Newest first" rather than DESC_CREATED. */
    private static final class SortNames extends StringConverter<SortKey> {
        @Override
        public String toString(SortKey k) {
            if (k == null) return "";
            String column = k.column().name().toLowerCase(Locale.ROOT);
            return switch (k.column()) {
                case CREATED -> k.descending() ? "Newest first" : "Oldest first";
                case UPDATED -> k.descending() ? "Recently changed" : "Least recently changed";
                case NAME -> k.descending() ? "Name Z–A" : "Name A–Z";
                default -> (k.descending() ? "Largest " : "Smallest ") + column + " first";
            };
        }

        @Override
        public SortKey fromString(String s) {
            return null;
        }
    }
}

package io.mediadesk.desktop.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The settings dialog's content: library location and catalog (chosen at launch), thumbnail cache, theme. */
public final class SettingsView extends GridPane {

    public SettingsView(SettingsViewModel model) {
        setId("settings");
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(16));
        getColumnConstraints().addAll(new ColumnConstraints(170), new ColumnConstraints(320, 460, Double.MAX_VALUE));
        int row = 0;
        addRow(row++, new Label("Library location"), readOnly("settings-library", model.libraryFolder()));
        addRow(row++, new Label("Catalog"), readOnly("settings-catalog", model.catalog()));
        Label launch = new Label("Both are chosen at launch: mediadesk --library DIR [--library-uri mongodb://…]");
        launch.getStyleClass().add("muted");
        launch.setWrapText(true);
        add(launch, 1, row++);
        Spinner<Integer> kept = new Spinner<>();
        kept.setId("settings-thumbnails");
        kept.setEditable(true);
        kept.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(AppSettings.MIN_THUMBNAILS,
                AppSettings.MAX_THUMBNAILS, model.thumbnailsKeptProperty().get(), 100));
        kept.valueProperty().addListener((o, was, now) -> model.thumbnailsKeptProperty().set(now));
        addRow(row++, new Label("Thumbnails kept in memory"), kept);
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("settings-light");
        light.setToggleGroup(themes);
        RadioButton dark = new RadioButton("Dark");
        dark.setId("settings-dark");
        dark.setToggleGroup(themes);
        (model.darkProperty().get() ? dark : light).setSelected(true);
        dark.selectedProperty().addListener((o, was, now) -> model.darkProperty().set(now));
        model.darkProperty().addListener((o, was, now) -> (now ? dark : light).setSelected(true));
        addRow(row++, new Label("Theme"), new HBox(16, light, dark));
        addRow(row++, new Label("Settings file"), readOnly("settings-file", model.settingsFile()));
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        add(message, 1, row);
    }

    private static TextField readOnly(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        return field;
    }
}

package io.mediadesk.desktop.app;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's frame: a sidebar that switches between the areas (also Ctrl/Cmd+1 to +5) and the
 * theme (Ctrl/Cmd+Shift+D), and the area itself. Areas are built once and kept, so switching
 * back finds the studio as it was left.
 */
public final class MainView extends BorderPane {
    private final VBox sidebar = new VBox(4);
    private static final KeyCombination TOGGLE_DARK = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    public MainView(MainViewModel model, Map<Section, Node> areas) {
        setId("main");
        StackPane content = new StackPane();
        ToggleGroup group = new ToggleGroup();
        sidebar.getStyleClass().add("sidebar");
        Label brand = new Label("Mediadesk");
        brand.getStyleClass().add("brand");
        sidebar.getChildren().add(brand);
        for (Section section : Section.values()) {
            Node area = areas.get(section);
            if (area == null) continue; // an area this window was built without
            area.visibleProperty().bind(model.sectionProperty().isEqualTo(section));
            content.getChildren().add(area);
            sidebar.getChildren().add(navButton(model, group, section));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.getStyleClass().add("nav-button");
        dark.setMaxWidth(Double.MAX_VALUE);
        dark.setTooltip(new Tooltip("Light or dark (" + TOGGLE_DARK.getDisplayText() + ")"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        sidebar.getChildren().addAll(spacer, dark);
        sidebar.setAlignment(Pos.TOP_LEFT);
        setLeft(sidebar);
        setCenter(content);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                shortcuts(scene, model);
            }
        });
    }

    /** Adds a button at the foot of the sidebar, above the theme toggle (Settings, About). */
    public void addFooterButton(String id, String text, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.getStyleClass().addAll("nav-button", "flat");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        sidebar.getChildren().add(sidebar.getChildren().size() - 1, button);
    }

    private static ToggleButton navButton(MainViewModel model, ToggleGroup group, Section section) {
        ToggleButton button = new ToggleButton(section.title());
        button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
        button.getStyleClass().add("nav-button");
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip(shortcut(section).getDisplayText()));
        button.setSelected(model.sectionProperty().get() == section);
        button.setOnAction(e -> {
            model.sectionProperty().set(section);
            button.setSelected(true); // a nav button stays down when clicked again
        });
        model.sectionProperty().addListener((obs, old, now) -> button.setSelected(now == section));
        return button;
    }

    private static KeyCombination shortcut(Section section) {
        return new KeyCodeCombination(section.key(), KeyCombination.SHORTCUT_DOWN);
    }

    private static void shortcuts(Scene scene, MainViewModel model) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(shortcut(section), () -> model.sectionProperty().set(section));
        }
        scene.getAccelerators().put(TOGGLE_DARK, model::toggleDark);
    }
}

package io.mediadesk.desktop.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
 * The window's frame: a sidebar that switches between the areas (also Ctrl/Cmd+1 to +6) and the
 * theme (Ctrl/Cmd+Shift+D), and the area itself. Only the area on show is built with the window
 * (the first frame waits for nothing else); each other area is built on its first visit, or
 * earlier by {@link #buildRest}, and then kept, so switching back finds the studio as it was left.
 */
public final class MainView extends BorderPane {
    private final VBox sidebar = new VBox(4);
    private final StackPane content = new StackPane();
    private final MainViewModel model;
    /** The areas not built yet, in sidebar order. */
    private final Map<Section, Supplier<? extends Node>> unbuilt = new EnumMap<>(Section.class);
    private static final KeyCombination TOGGLE_DARK = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** {@code areas}: how to build each area; a section without one gets no button. */
    public MainView(MainViewModel model, Map<Section, ? extends Supplier<? extends Node>> areas) {
        setId("main");
        this.model = model;
        ToggleGroup group = new ToggleGroup();
        sidebar.getStyleClass().add("sidebar");
        Label brand = new Label("Mediadesk");
        brand.getStyleClass().add("brand");
        sidebar.getChildren().add(brand);
        for (Section section : Section.values()) {
            Supplier<? extends Node> area = areas.get(section);
            if (area == null) continue; // an area this window was built without
            unbuilt.put(section, area);
            sidebar.getChildren().add(navButton(model, group, section));
        }
        build(model.sectionProperty().get());
        model.sectionProperty().addListener((obs, was, now) -> build(now));
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

    /** Builds {@code section}'s area unless it is built already (or not part of this window). */
    private void build(Section section) {
        Supplier<? extends Node> factory = unbuilt.remove(section);
        if (factory == null) return;
        Node area = factory.get();
        area.visibleProperty().bind(model.sectionProperty().isEqualTo(section));
        content.getChildren().add(area);
    }

    /**
     * Builds the areas not visited yet, one per task handed to {@code fx} (on the FX thread: each
     * is a separate event, so input and frames run in between), so a first visit finds its area
     * ready. Nothing is built twice: a visit meanwhile builds its area itself.
     */
    public void buildRest(Executor fx) {
        fx.execute(() -> {
            if (unbuilt.isEmpty()) return;
            build(unbuilt.keySet().iterator().next());
            buildRest(fx);
        });
    }

    /** Whether {@code section}'s area has been built (or is not part of this window). */
    public boolean isBuilt(Section section) {
        return !unbuilt.containsKey(section);
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

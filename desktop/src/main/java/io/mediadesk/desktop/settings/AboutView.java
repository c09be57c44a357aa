package io.mediadesk.desktop.settings;

import io.mediadesk.desktop.Version;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The about box's content: icon, name, version, runtime, and the bundled components' licences. */
public final class AboutView extends VBox {

    public AboutView(Image icon) {
        setId("about");
        setSpacing(10);
        setPadding(new Insets(16));
        Label name = new Label("Mediadesk");
        name.getStyleClass().add("area-title");
        Label version = new Label("Version " + Version.value());
        version.setId("about-version");
        Label runtime = new Label(About.runtime());
        runtime.getStyleClass().add("muted");
        ImageView image = new ImageView(icon);
        image.setFitWidth(64);
        image.setFitHeight(64);
        HBox head = new HBox(14, image, new VBox(4, name, version, runtime));
        Label blurb = new Label("A desktop console and media-library manager for an ImageKit-compatible image CDN.");
        blurb.setWrapText(true);
        Label title = new Label("Bundled components and their licences");
        title.getStyleClass().add("panel-title");
        GridPane licences = new GridPane();
        licences.setId("about-licences");
        licences.setHgap(16);
        licences.setVgap(3);
        int row = 0;
        for (About.Component c : About.COMPONENTS) {
            licences.addRow(row++, new Label(c.name()), new Label(c.licence()));
        }
        getChildren().addAll(head, blurb, title, licences);
    }
}

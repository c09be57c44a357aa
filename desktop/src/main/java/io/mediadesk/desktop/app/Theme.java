package io.mediadesk.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer themes as the user-agent stylesheet (every stock control),
 * plus {@code mediadesk.css} for our own parts, which reads the theme's colour variables and
 * switches its few own colours (syntax highlighting) on the root's {@code :dark} state.
 */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("mediadesk.css").toExternalForm();
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Theme() {
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }
}

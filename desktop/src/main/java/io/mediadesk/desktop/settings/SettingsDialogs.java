package io.mediadesk.desktop.settings;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Opens the settings dialog and the about box over the main window (non-blocking: show, not showAndWait). */
public final class SettingsDialogs {
    private SettingsDialogs() {
    }

    public static Dialog<ButtonType> settings(Window owner, SettingsViewModel model) {
        Dialog<ButtonType> dialog = dialog(owner, "Settings");
        dialog.getDialogPane().setContent(new SettingsView(model));
        dialog.show();
        return dialog;
    }

    public static Dialog<ButtonType> about(Window owner) {
        Dialog<ButtonType> dialog = dialog(owner, "About Mediadesk");
        dialog.getDialogPane().setContent(new AboutView(WindowPlacement.icons().get(4)));
        dialog.show();
        return dialog;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }
}

package io.mediadesk.desktop.account;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/** The active-account switcher: one per area that works with an account (accounts, sync, purge), all on one model. */
public final class AccountSwitcher {
    private AccountSwitcher() {
    }

    public static ComboBox<AccountProfile> of(AccountsViewModel model) {
        ComboBox<AccountProfile> box = new ComboBox<>(model.profiles());
        box.getStyleClass().add("account-switcher");
        box.setPromptText("No account");
        box.setTooltip(new Tooltip("The account sync, purge and copied URLs use"));
        box.setValue(model.activeProperty().get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.activeProperty().get()) model.activate(now);
        });
        model.activeProperty().addListener((o, was, now) -> box.setValue(now));
        return box;
    }
}

package io.mediadesk.desktop.account;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Accounts area: profiles on the left with the switcher, the form on the right. Binds and forwards only. */
public final class AccountsView extends BorderPane {

    public AccountsView(AccountsViewModel model) {
        setId("accounts");
        getStyleClass().add("panel-area");
        Label title = new Label("Accounts");
        title.getStyleClass().add("area-title");
        HBox top = new HBox(12, title, AccountSwitcher.of(model));
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        setLeft(profiles(model));
        setCenter(form(model));
    }

    private static VBox profiles(AccountsViewModel model) {
        ListView<AccountProfile> list = new ListView<>(model.profiles());
        list.setId("account-list");
        list.setPlaceholder(new Label("No accounts yet"));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) model.edit(now);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("account-add");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.newProfile();
        });
        Button remove = new Button("Remove");
        remove.setId("account-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Button sandbox = new Button("Use the local sandbox");
        sandbox.setId("account-sandbox");
        sandbox.setTooltip(new Tooltip("Starts a local stand-in of the service in this app, with a throwaway key:\n"
                + "try sync, purge and signed URLs without an account."));
        sandbox.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, list, new HBox(8, add, remove), sandbox);
        box.setPadding(new Insets(0, 8, 16, 16));
        box.setPrefWidth(260);
        sandbox.setOnAction(e -> model.useSandbox());
        return box;
    }

    private static VBox form(AccountsViewModel model) {
        AccountForm f = model.form();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(140), new ColumnConstraints(200, 420, Double.MAX_VALUE));
        int row = 0;
        grid.addRow(row++, new Label("Name"), field("account-name", f.nameProperty(), "production"));
        grid.addRow(row++, new Label("URL endpoint"), field("account-endpoint", f.urlEndpointProperty(), "https://ik.imagekit.io/your_id"));
        grid.addRow(row++, new Label("API base"), field("account-api", f.apiBaseProperty(), "https://api.imagekit.io"));
        grid.addRow(row++, new Label("Upload base"), field("account-upload", f.uploadBaseProperty(), "https://upload.imagekit.io"));
        grid.addRow(row++, new Label("Public key"), field("account-public", f.publicKeyProperty(), "public_…"));
        PasswordField key = new PasswordField();
        key.setId("account-private");
        key.textProperty().bindBidirectional(f.privateKeyProperty());
        // "stored: …k3Pz (type to replace)" only when a key is stored; a new profile asks for one
        key.promptTextProperty().bind(Bindings.when(f.keyHintProperty().isEqualTo(AccountForm.NO_KEY))
                .then("private_… (kept in the OS credential store)")
                .otherwise(Bindings.concat("stored: ", f.keyHintProperty(), " (type to replace)")));
        grid.addRow(row++, new Label("Private key"), key);
        Label hint = new Label();
        hint.setId("account-key-hint");
        hint.textProperty().bind(f.keyHintProperty());
        grid.addRow(row++, new Label("Stored key"), hint);
        Label error = new Label();
        error.setId("account-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        Button save = new Button("Save");
        save.setId("account-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button test = new Button("Test connection");
        test.setId("account-test");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(e -> model.testConnection());
        Label status = new Label();
        status.setId("account-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Runnable colour = () -> {
            status.getStyleClass().removeAll("success-text", "error-text");
            Boolean ok = model.checkPassedProperty().get();
            if (ok != null) status.getStyleClass().add(ok ? "success-text" : "error-text");
        };
        model.checkPassedProperty().addListener((o, was, ok) -> colour.run());
        colour.run(); // the check may have run before this view was built
        Label note = new Label("The private key goes to the OS credential store and is never shown again in full.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(12, grid, error, new HBox(8, save, test), status, note, usage(model.usage()));
        box.setPadding(new Insets(0, 16, 16, 8));
        return box;
    }

    /** The active account's usage: figures, the range they cover, Refresh, and a polite reason when there are none. */
    private static VBox usage(UsageViewModel usage) {
        Label title = new Label("Usage");
        title.getStyleClass().add("panel-title");
        Label range = new Label();
        range.setId("usage-range");
        range.getStyleClass().add("muted");
        range.textProperty().bind(usage.rangeProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("usage-refresh");
        refresh.disableProperty().bind(usage.loadingProperty());
        refresh.setOnAction(e -> usage.refresh());
        HBox head = new HBox(10, title, range, refresh);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane figures = new GridPane();
        figures.setId("usage-figures");
        figures.setHgap(16);
        figures.setVgap(4);
        usage.figures().addListener((javafx.collections.ListChangeListener<UsageViewModel.Figure>) c -> {
            figures.getChildren().clear();
            int row = 0;
            for (UsageViewModel.Figure f : usage.figures()) {
                Label key = new Label(f.label());
                key.getStyleClass().add("fact-key");
                Label value = new Label(f.value());
                value.setId("usage-" + f.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                figures.addRow(row++, key, value);
            }
        });
        Label status = new Label();
        status.setId("usage-status");
        status.setWrapText(true);
        status.textProperty().bind(usage.statusProperty());
        usage.failedProperty().addListener((o, was, bad) -> {
            status.getStyleClass().remove("error-text");
            if (bad) status.getStyleClass().add("error-text");
        });
        VBox box = new VBox(8, new javafx.scene.control.Separator(), head, figures, status);
        box.setId("usage");
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}

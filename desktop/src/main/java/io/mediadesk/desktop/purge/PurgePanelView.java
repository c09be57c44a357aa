package io.mediadesk.desktop.purge;

import io.mediadesk.desktop.account.AccountSwitcher;
import io.mediadesk.desktop.account.AccountsViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** The Purge area: inputs (pasted URLs, the selection, the folder), the verdict and live status per URL, send and cancel. */
public final class PurgePanelView extends BorderPane {

    public PurgePanelView(PurgePanelViewModel model, AccountsViewModel accounts) {
        setId("purge-panel");
        getStyleClass().add("panel-area");
        Label title = new Label("Purge");
        title.getStyleClass().add("area-title");
        HBox top = new HBox(10, title, AccountSwitcher.of(accounts));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        TextArea pasted = new TextArea();
        pasted.setId("purge-urls");
        pasted.setPromptText("Paste delivery URLs, one a line (a trailing * purges a prefix)");
        pasted.setPrefRowCount(5);
        pasted.textProperty().bindBidirectional(model.pastedProperty());
        Button check = button("purge-check", "Check pasted URLs", model::planPasted);
        Button selection = button("purge-selection", "Purge library selection", model::planSelection);
        Button folder = button("purge-folder", "Purge library folder", model::planCurrentFolder);
        Button send = button("purge-send", "Send", model::submit);
        send.getStyleClass().add("accent");
        send.disableProperty().bind(model.runningProperty().or(model.planProperty().isNull())
                .or(accounts.connectionProperty().isNull()));
        Button cancel = button("purge-cancel", "Cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        for (Button b : new Button[] {check, selection, folder}) {
            b.disableProperty().bind(model.runningProperty().or(accounts.connectionProperty().isNull()));
        }
        HBox actions = new HBox(8, check, selection, folder, send, cancel);

        TableView<PurgeRow> table = new TableView<>(model.rows());
        table.setId("purge-table");
        table.setPlaceholder(new Label("Nothing planned"));
        table.getColumns().add(column("URL", PurgeRow::url, 460));
        TableColumn<PurgeRow, String> verdict = column("Verdict", PurgeRow::verdict, 220);
        verdict.setCellFactory(c -> styled("error-text", s -> s.startsWith("refused")));
        table.getColumns().add(verdict);
        TableColumn<PurgeRow, String> status = column("Status", PurgeRow::status, 120);
        status.setCellFactory(c -> styled("success-text", "Completed"::equals));
        table.getColumns().add(status);
        table.getColumns().add(column("Request id", PurgeRow::requestId, 200));
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("purge-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label line = new Label();
        line.setId("purge-status");
        line.setWrapText(true);
        line.textProperty().bind(model.statusProperty());
        Label quota = new Label();
        quota.setId("purge-quota");
        quota.getStyleClass().add("muted");
        quota.setWrapText(true);
        quota.textProperty().bind(model.quotaProperty());
        VBox box = new VBox(8, pasted, actions, table, progress, line, quota);
        box.setPadding(new Insets(0, 16, 16, 16));
        setCenter(box);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<PurgeRow, String> column(String title, Function<PurgeRow, String> value, double width) {
        TableColumn<PurgeRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableCell<PurgeRow, String> styled(String style, java.util.function.Predicate<String> when) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove(style);
                if (!empty && item != null && when.test(item)) getStyleClass().add(style);
            }
        };
    }
}

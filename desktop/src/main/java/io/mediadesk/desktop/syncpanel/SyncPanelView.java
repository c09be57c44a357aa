package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.account.AccountSwitcher;
import io.mediadesk.desktop.account.AccountsViewModel;
import io.mediadesk.sync.run.ItemFailure;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Sync area: account, Plan, the plan tree and the conflicts side by side (tabs), the brakes'
 * verdict, Run/Cancel with progress, failures, history.
 */
public final class SyncPanelView extends BorderPane {
    private TabPane tabs;

    public SyncPanelView(SyncPanelViewModel model, AccountsViewModel accounts) {
        setId("sync-panel");
        getStyleClass().add("panel-area");
        Label title = new Label("Sync");
        title.getStyleClass().add("area-title");
        Button plan = new Button("Plan");
        plan.setId("sync-plan");
        plan.disableProperty().bind(model.workingProperty().or(accounts.connectionProperty().isNull()));
        plan.setOnAction(e -> model.plan());
        Button run = new Button("Run");
        run.setId("sync-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("sync-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox top = new HBox(10, title, AccountSwitcher.of(accounts), plan, run, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        Label verdict = new Label();
        verdict.setId("sync-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        Runnable refused = () -> {
            verdict.getStyleClass().remove("error-text");
            var p = model.planProperty().get();
            if (p != null && p.refusal().isPresent()) verdict.getStyleClass().add("error-text");
        };
        model.planProperty().addListener((o, was, p) -> refused.run());
        refused.run(); // this view may be built after a plan was made
        CheckBox confirm = new CheckBox("I have checked the deletions: run them anyway");
        confirm.setId("sync-confirm");
        confirm.selectedProperty().bindBidirectional(model.confirmedProperty());
        confirm.visibleProperty().bind(model.confirmableProperty().or(model.confirmedProperty()));
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setOnAction(e -> model.plan());
        TreeView<Object> tree = tree(model);
        Tab planTab = new Tab("Plan", tree);
        planTab.setId("sync-tab-plan");
        Tab conflictsTab = new Tab("Conflicts", new ConflictsPane(model.conflicts(), model.workingProperty()));
        conflictsTab.setId("sync-tab-conflicts");
        conflictsTab.textProperty().bind(javafx.beans.binding.Bindings.size(model.conflicts().rows()).asString("Conflicts (%d)"));
        tabs = new TabPane(planTab, conflictsTab);
        tabs.setId("sync-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("sync-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("sync-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox left = new VBox(8, verdict, confirm, tabs, progress, status);
        left.setPadding(new Insets(0, 8, 16, 16));

        ListView<ItemFailure> failures = new ListView<>(model.failures());
        failures.setId("sync-failures");
        failures.setPlaceholder(new Label("No failures"));
        failures.setCellFactory(v -> text(f -> f.path() + " (" + f.step() + "): " + f.reason(), "error-text"));
        ListView<SyncRun> history = new ListView<>(model.history());
        history.setId("sync-history");
        history.setPlaceholder(new Label("No runs yet"));
        history.setCellFactory(v -> text(SyncRun::text, null));
        VBox.setVgrow(history, Priority.ALWAYS);
        Label failedTitle = new Label("Failed items");
        failedTitle.getStyleClass().add("panel-title");
        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add("panel-title");
        VBox right = new VBox(8, failedTitle, failures, historyTitle, history);
        right.setPadding(new Insets(0, 16, 16, 8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    /** Shows the Conflicts tab (the plan tree is the other). */
    public void showConflicts() {
        tabs.getSelectionModel().select(1);
    }

    private static TreeView<Object> tree(SyncPanelViewModel model) {
        TreeItem<Object> root = new TreeItem<>("plan");
        TreeView<Object> tree = new TreeView<>(root);
        tree.setId("sync-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("plan-delete", "plan-group", "plan-conflict");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof PlanGroups.Group g) {
                    setText(g.title());
                    getStyleClass().add("plan-group");
                    if (g.kind() == PlanGroups.Kind.DELETES) getStyleClass().add("plan-delete");
                } else if (item instanceof PlanGroups.Line l) {
                    setText(l.text());
                    if (l.danger()) getStyleClass().add("plan-delete");
                    if (l.kind() == PlanGroups.Kind.CONFLICTS) getStyleClass().add("plan-conflict");
                } else {
                    setText(item.toString());
                }
            }
        });
        Runnable fill = () -> {
            root.getChildren().clear();
            for (PlanGroups.Group g : model.groups()) {
                TreeItem<Object> group = new TreeItem<>(g);
                g.lines().forEach(l -> group.getChildren().add(new TreeItem<>(l)));
                group.setExpanded(true);
                root.getChildren().add(group);
            }
        };
        model.groups().addListener((ListChangeListener<PlanGroups.Group>) c -> fill.run());
        fill.run();
        return tree;
    }

    private static <T> ListCell<T> text(java.util.function.Function<T, String> text, String style) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                if (style != null && !getStyleClass().contains(style)) getStyleClass().add(style);
            }
        };
    }
}

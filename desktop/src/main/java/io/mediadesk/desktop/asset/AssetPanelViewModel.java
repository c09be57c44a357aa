package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.TagEdit;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The panel's state: the asset last clicked, and the tag edits, which apply to the whole selection
 * (or to the shown asset when nothing else is selected) in one repository call each, so tagging
 * 500 assets is one transaction, not 500.
 */
public final class AssetPanelViewModel {
    private final LibraryBrowserViewModel browser;
    private final TaskRunner tasks;
    private final StringProperty message = new SimpleStringProperty("");
    private final DeliveryLinks links;
    private final MetadataFormViewModel metadata;
    private final VersionsViewModel versions;
    private final javafx.collections.ObservableList<String> trail = javafx.collections.FXCollections.observableArrayList();

    public AssetPanelViewModel(LibraryBrowserViewModel browser, TaskRunner tasks) {
        this(browser, tasks, DeliveryLinks.none());
    }

    /** {@code links}: the active account's delivery URLs, for "Copy URL". */
    public AssetPanelViewModel(LibraryBrowserViewModel browser, TaskRunner tasks, DeliveryLinks links) {
        this.browser = browser;
        this.tasks = tasks;
        this.links = links;
        this.metadata = new MetadataFormViewModel(browser, this, tasks);
        this.versions = new VersionsViewModel(browser, tasks);
        browser.currentProperty().addListener((o, was, now) -> loadTrail(now));
    }

    /** How many audit lines the History list shows. */
    public static final int TRAIL = 50;

    /** The shown asset's audit trail, newest first: what was done to it, when and by whom. */
    private void loadTrail(Asset asset) {
        if (asset == null) {
            trail.clear();
            return;
        }
        tasks.run(() -> browser.repository().audit(java.util.Optional.of(asset.id()), TRAIL), entries -> {
            if (!asset.id().equals(java.util.Optional.ofNullable(browser.currentProperty().get()).map(Asset::id).orElse(null))) return;
            trail.setAll(entries.stream().map(AssetPanelViewModel::line).toList());
        }, e -> trail.setAll("History unavailable: " + e.getMessage()));
    }

    static String line(io.mediadesk.library.store.AuditEntry e) {
        String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ROOT)
                .withZone(java.time.ZoneId.systemDefault()).format(e.at());
        return when + "  " + e.action() + (e.detail().isBlank() ? "" : "  " + e.detail()) + "  (" + e.actor() + ")";
    }

    /** The browser's undo and redo of tag, metadata, rename and version edits. */
    public io.mediadesk.desktop.library.EditHistory history() {
        return browser.history();
    }

    /** The custom metadata form for the selection. */
    public MetadataFormViewModel metadata() {
        return metadata;
    }

    /** The shown asset's content versions: restore one, replace the content from a file. */
    public VersionsViewModel versions() {
        return versions;
    }

    /** The shown asset's History (audit trail), newest first. */
    public javafx.collections.ObservableList<String> trail() {
        return trail;
    }

    /** The asset's plain delivery URL on the active account, if one is connected: for dragging out. */
    public java.util.Optional<String> plainUrl(Asset asset) {
        try {
            return java.util.Optional.of(links.url(asset, DeliveryLinks.Kind.PLAIN, java.util.Optional.empty()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The shown asset's delivery URL of {@code kind} (signed ones expiring after {@code expiry},
     * empty for never), for the clipboard; empty with the reason in the message when there is none.
     */
    public java.util.Optional<String> copyUrl(DeliveryLinks.Kind kind, java.util.Optional<java.time.Duration> expiry) {
        Asset shown = browser.currentProperty().get();
        if (shown == null) {
            message.set("Select an asset first.");
            return java.util.Optional.empty();
        }
        try {
            String url = links.url(shown, kind, expiry);
            message.set("Copied: " + url);
            return java.util.Optional.of(url);
        } catch (IllegalStateException | IllegalArgumentException e) {
            message.set(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    public ReadOnlyObjectProperty<Asset> assetProperty() {
        return browser.currentProperty();
    }

    /** "3 selected" above the tag editor, so it is clear where a tag will go. */
    public StringBinding targetText() {
        return Bindings.createStringBinding(() -> {
            int n = targets().size();
            return n <= 1 ? "Tags" : "Tags · applied to " + n + " selected";
        }, browser.selection().ids(), browser.currentProperty());
    }

    /** Adds a tag (or several, comma-separated) to every target; a bad tag is refused with the rule it breaks. */
    public void addTags(String text) {
        List<Tag> tags = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                if (!part.isBlank()) tags.add(Tag.of(part));
            }
        } catch (InvalidValueException e) {
            message.set(e.getMessage());
            return;
        }
        if (tags.isEmpty()) return;
        List<AssetId> ids = targets();
        tags.forEach(t -> browser.vocabulary().learnTag(t.value()));
        tasks.run(() -> TagEdit.add(browser.repository(), ids, tags), edit -> {
            if (!edit.isEmpty()) browser.history().record(edit);
            message.set("Tagged " + edit.assets() + " of " + ids.size());
        }, e -> message.set(e.getMessage()));
    }

    public void removeTag(String tag) {
        List<AssetId> ids = targets();
        tasks.run(() -> TagEdit.remove(browser.repository(), ids, List.of(new Tag(tag))), edit -> {
            if (!edit.isEmpty()) browser.history().record(edit);
            message.set("Removed \"" + tag + "\" from " + edit.assets());
        }, e -> message.set(e.getMessage()));
    }

    /** Completion of the tag being typed: the library's tags with counts, then recent ones. */
    public io.mediadesk.desktop.library.CompletionViewModel tagCompletion() {
        return browser.tagCompletion();
    }

    List<AssetId> targets() {
        if (!browser.selection().ids().isEmpty()) return List.copyOf(browser.selection().ids());
        Asset shown = browser.currentProperty().get();
        return shown == null ? List.of() : List.of(shown.id());
    }

    public StringProperty messageProperty() {
        return message;
    }
}

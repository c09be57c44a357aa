package io.mediadesk.desktop.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.BrowserActions;
import io.mediadesk.desktop.library.BrowserFixture;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom metadata form's ViewModel against a real library's field definitions, same-thread tasks. */
class MetadataFormViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;
    private List<AssetId> ids;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        defineSevenFields(library);
        ids = BrowserFixture.seed(library, 3);
        library.assets().setCustomMetadata(ids.get(0), Map.of("caption", new MetaValue.Text("old"), "owner", new MetaValue.Text("design")));
        fx.browser().open();
    }

    @AfterEach
    void close() throws Exception {
        fx.browser().close();
        renderer.close();
        library.close();
    }

    /** One field of each of the seven types, with rules, plus a required one. */
    static void defineSevenFields(Library library) {
        var repo = library.assets();
        repo.defineField(new CustomField("caption", "Caption", FieldSchema.of(FieldType.TEXT).withLength(2, 10)));
        repo.defineField(new CustomField("notes", "Notes", FieldSchema.of(FieldType.TEXTAREA)));
        repo.defineField(new CustomField("rating", "Rating", FieldSchema.of(FieldType.NUMBER)
                .withRange(new MetaValue.Num(1), new MetaValue.Num(5))));
        repo.defineField(new CustomField("embargo", "Embargo", FieldSchema.of(FieldType.DATE)));
        repo.defineField(new CustomField("approved", "Approved", FieldSchema.of(FieldType.BOOLEAN)));
        repo.defineField(new CustomField("channel", "Channel", FieldSchema.of(FieldType.SINGLE_SELECT)
                .withOptions(List.of(new MetaValue.Text("web"), new MetaValue.Text("print")))));
        repo.defineField(new CustomField("regions", "Regions", FieldSchema.of(FieldType.MULTI_SELECT)
                .withOptions(List.of(new MetaValue.Text("EU"), new MetaValue.Text("US"), new MetaValue.Text("APAC")))));
        repo.defineField(new CustomField("owner", "Owner", FieldSchema.of(FieldType.TEXT).required(new MetaValue.Text("marketing"))));
    }

    private MetadataFormViewModel form() {
        return fx.panel().metadata();
    }

    private MetadataFormViewModel.Entry entry(String name) {
        return form().entry(name).orElseThrow();
    }

    private void select(AssetId... chosen) {
        BrowserActions actions = new BrowserActions(fx.browser());
        var slots = fx.browser().resultsProperty().get();
        boolean first = true;
        for (int i = 0; i < slots.size(); i++) {
            if (List.of(chosen).contains(slots.get(i).asset().id())) {
                actions.click(i, !first, false);
                first = false;
            }
        }
    }

    @Test
    void theFormHasAFieldPerDefinitionFilledFromTheShownAsset() {
        select(ids.get(0));
        assertThat(form().entries()).extracting(e -> e.field().name())
                .containsExactly("approved", "caption", "channel", "embargo", "notes", "owner", "rating", "regions");
        assertThat(entry("caption").textProperty().get()).isEqualTo("old");
        assertThat(entry("owner").textProperty().get()).isEqualTo("design");
        assertThat(entry("rating").textProperty().get()).isEmpty();
        assertThat(form().entries()).allSatisfy(e -> assertThat(e.dirtyProperty().get()).isFalse());
    }

    @Test
    void eachFieldShowsTheLibrarysRuleMessageAsItIsTyped() {
        select(ids.get(1));
        entry("rating").textProperty().set("9");
        assertThat(entry("rating").errorProperty().get()).isEqualTo("rating must be at most 5.0, was 9.0");
        entry("rating").textProperty().set("abc");
        assertThat(entry("rating").errorProperty().get()).contains("takes a number");
        entry("caption").textProperty().set("x");
        assertThat(entry("caption").errorProperty().get()).isEqualTo("caption must be at least 2 characters, was 1");
        entry("channel").textProperty().set("radio");
        assertThat(entry("channel").errorProperty().get()).contains("must be one of [web, print]");
        entry("embargo").textProperty().set("31/05/2024");
        assertThat(entry("embargo").errorProperty().get()).contains("ISO 8601");
        entry("owner").textProperty().set("");
        assertThat(entry("owner").errorProperty().get()).isEqualTo("Owner is required");
        assertThat(form().applicable().get()).isFalse();

        form().apply(); // refused: nothing written
        assertThat(form().messageProperty().get()).isNotEmpty();
        assertThat(library.assets().find(ids.get(1)).orElseThrow().customMetadata()).doesNotContainKey("rating");
    }

    @Test
    void applyingToASelectionSetsOnlyTheChangedFieldsAndUndoPutsEachAssetBack() {
        select(ids.get(0), ids.get(1));
        entry("rating").textProperty().set("4");
        entry("regions").textProperty().set("EU, US");
        entry("embargo").textProperty().set("2024-05-31");
        entry("approved").textProperty().set("true");
        assertThat(form().applicable().get()).isTrue();
        form().apply();
        assertThat(form().messageProperty().get()).startsWith("Saved on 2 assets");

        var first = library.assets().find(ids.get(0)).orElseThrow().customMetadata();
        var second = library.assets().find(ids.get(1)).orElseThrow().customMetadata();
        assertThat(first).containsEntry("caption", new MetaValue.Text("old")).containsEntry("owner", new MetaValue.Text("design"))
                .containsEntry("rating", new MetaValue.Num(4))
                .containsEntry("regions", new MetaValue.Many(List.of(new MetaValue.Text("EU"), new MetaValue.Text("US"))))
                .containsEntry("embargo", new MetaValue.Moment(Instant.parse("2024-05-31T00:00:00Z")))
                .containsEntry("approved", new MetaValue.Flag(true));
        assertThat(second).doesNotContainKey("caption").containsEntry("rating", new MetaValue.Num(4));
        assertThat(library.assets().find(ids.get(2)).orElseThrow().customMetadata()).doesNotContainKey("rating");

        fx.browser().history().undo();
        assertThat(library.assets().find(ids.get(0)).orElseThrow().customMetadata())
                .isEqualTo(Map.of("caption", new MetaValue.Text("old"), "owner", new MetaValue.Text("design")));
        assertThat(library.assets().find(ids.get(1)).orElseThrow().customMetadata()).doesNotContainKeys("rating", "regions");
        assertThat(fx.browser().statusProperty().get()).startsWith("Undone: set ").endsWith("on 2 assets");

        fx.browser().history().redo();
        assertThat(library.assets().find(ids.get(1)).orElseThrow().customMetadata()).containsEntry("rating", new MetaValue.Num(4));
    }

    @Test
    void clearingAFieldRemovesItAndTheFormShowsTheStoredValues() {
        select(ids.get(0));
        entry("caption").textProperty().set("");
        form().apply();
        assertThat(library.assets().find(ids.get(0)).orElseThrow().customMetadata()).doesNotContainKey("caption");
        assertThat(entry("caption").dirtyProperty().get()).isFalse();
        assertThat(entry("owner").textProperty().get()).isEqualTo("design");
    }

    @Test
    void valuesReadBackAsTheFormWritesThem() {
        assertThat(MetadataFormViewModel.text(new MetaValue.Num(3))).isEqualTo("3");
        assertThat(MetadataFormViewModel.text(new MetaValue.Num(2.5))).isEqualTo("2.5");
        assertThat(MetadataFormViewModel.text(new MetaValue.Moment(Instant.parse("2024-05-31T00:00:00Z")))).isEqualTo("2024-05-31");
        assertThat(MetadataFormViewModel.text(new MetaValue.Moment(Instant.parse("2024-05-31T10:15:00Z"))))
                .isEqualTo("2024-05-31T10:15:00Z");
        assertThat(MetadataFormViewModel.text(new MetaValue.Many(List.of(new MetaValue.Text("EU"), new MetaValue.Text("US")))))
                .isEqualTo("EU, US");
    }
}

package io.mediadesk.library.store;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.store.FolderMove;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AssetRepository}: round trips, all-or-nothing adds, trash, tags, fields,
 * audit, events, text order. Every adapter runs it by subclassing and saying how to open (and
 * reopen) its catalog; what an adapter cannot honour is overridden there, with the reason.
 */
public abstract class AssetRepositoryContract {

    protected Catalog catalog;
    protected AssetRepository repo;

    /** Opens the store under test, the same one each time it is called within a test. */
    protected abstract Catalog open(Actor actor, Clock clock);

    @BeforeEach
    void openCatalog() {
        catalog = open(new Actor("alice (mediadesk)"), SmallLibrary.NOW);
        repo = catalog.assets();
        SmallLibrary.fields().forEach(repo::defineField);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    protected static AssetId id(int n) {
        return AssetId.of(String.format("%024x", n));
    }

    @Test
    void everyAssetOfTheFixtureComesBackEqualToWhatWentIn() {
        repo.addAll(SmallLibrary.assets());
        for (Asset a : SmallLibrary.assets()) {
            assertThat(repo.find(a.id())).contains(a);
        }
    }

    @Test
    void aMoveChangesFolderAndNameKeepsTheRestAndMakesTheFolders() {
        Asset a = repo.add(asset(1).in("/a/").named("x.jpg").tags("keep").build(), Map.of());
        repo.add(asset(2).in("/b/").named("y.jpg").build(), Map.of());
        Asset moved = repo.move(a.id(), io.mediadesk.library.asset.FolderPath.parse("/c/d/"), "z.jpg");
        assertThat(moved.filePath()).isEqualTo("/c/d/z.jpg");
        assertThat(moved.tags()).containsExactly(Tag.of("keep"));
        assertThat(moved.contentHash()).isEqualTo(a.contentHash());
        assertThat(repo.find(a.id())).contains(moved);
        assertThat(repo.pathTaken(io.mediadesk.library.asset.FolderPath.parse("/a/"), "x.jpg")).isFalse();
        assertThat(repo.folders()).extracting(Folder::path).extracting(Object::toString).contains("/c/", "/c/d/");
        assertThat(repo.ids(new QueryParser(SmallLibrary.NOW).parse("name = \"z.jpg\""), AssetQuery.Scope.ACTIVE)).containsExactly(a.id());
        assertThat(repo.audit(Optional.of(a.id()), 10)).extracting(AuditEntry::action, AuditEntry::detail)
                .startsWith(org.assertj.core.groups.Tuple.tuple("move", "/c/d/z.jpg"));

        assertThatThrownBy(() -> repo.move(a.id(), io.mediadesk.library.asset.FolderPath.parse("/b/"), "y.jpg"))
                .isInstanceOf(PathTakenException.class).hasMessageContaining("/b/y.jpg");
        assertThat(repo.find(a.id())).contains(moved);
        assertThatThrownBy(() -> repo.move(id(9), io.mediadesk.library.asset.FolderPath.parse("/b/"), "q.jpg"))
                .isInstanceOf(io.mediadesk.library.LibraryException.class).hasMessageContaining(id(9).value());
    }

    @Test
    void customCoordinatesAreSetAndCleared() {
        Asset a = repo.add(asset(1).build(), Map.of());
        assertThat(a.customCoordinates()).isEmpty();
        assertThat(repo.setCustomCoordinates(a.id(), Optional.of("10,20,30,40")).customCoordinates()).contains("10,20,30,40");
        assertThat(repo.find(a.id()).orElseThrow().customCoordinates()).contains("10,20,30,40");
        assertThat(repo.setCustomCoordinates(a.id(), Optional.empty()).customCoordinates()).isEmpty();
        assertThat(repo.find(a.id()).orElseThrow().customCoordinates()).isEmpty();
        assertThat(repo.audit(Optional.of(a.id()), 10)).extracting(AuditEntry::action)
                .containsExactly("coordinates.set", "coordinates.set", "add");
    }

    @Test
    void aFolderAndNameHoldOneAssetEvenInTheTrash() {
        repo.add(asset(1).in("/a/").named("x.jpg").trashed().build(), Map.of());
        assertThat(repo.pathTaken(io.mediadesk.library.asset.FolderPath.parse("/a/"), "x.jpg")).isTrue();
        assertThatThrownBy(() -> repo.add(asset(2).in("/a/").named("x.jpg").build(), Map.of()))
                .isInstanceOf(PathTakenException.class).hasMessageContaining("/a/x.jpg");
        assertThat(repo.find(id(2))).isEmpty();
    }

    @Test
    void addingAnAssetCreatesItsFolderAndEveryParent() {
        repo.add(asset(1).in("/a/b/c/").build(), Map.of());
        assertThat(repo.folders()).extracting(Folder::path).extracting(Object::toString)
                .containsExactly("/", "/a/", "/a/b/", "/a/b/c/");
    }

    @Test
    void aBulkAddIsAllOrNothing() {
        List<Asset> batch = List.of(asset(1).named("a.jpg").build(), asset(2).named("a.jpg").build());
        assertThatThrownBy(() -> repo.addAll(batch)).isInstanceOf(PathTakenException.class);
        assertThat(catalog.countAssets()).isZero();
    }

    @Test
    void customMetadataIsCheckedAgainstTheFieldsOnTheWayIn() {
        assertThatThrownBy(() -> repo.add(asset(1).custom("rating", new MetaValue.Text("five")).build(), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("rating");
        assertThatThrownBy(() -> repo.add(asset(1).custom("colour", new MetaValue.Text("red")).build(), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("colour");
        Asset a = repo.add(asset(1).build(), Map.of());
        Asset updated = repo.setCustomMetadata(a.id(), Map.of("rating", new MetaValue.Num(2)));
        assertThat(updated.customMetadata()).containsEntry("rating", new MetaValue.Num(2));
    }

    @Test
    void aRequiredFieldDefinedLaterFillsItsDefaultOnNewAssets() {
        repo.defineField(new CustomField("status", "Status", FieldSchema.of(FieldType.SINGLE_SELECT)
                .withOptions(List.of(new MetaValue.Text("draft"), new MetaValue.Text("final"))).required(new MetaValue.Text("draft"))));
        assertThat(repo.add(asset(1).build(), Map.of()).customMetadata()).containsEntry("status", new MetaValue.Text("draft"));
    }

    @Test
    void fieldNamesCanNeverBeReusedAndSurviveAReopen() {
        assertThatThrownBy(() -> repo.defineField(new CustomField("brand", "Another", FieldSchema.of(FieldType.TEXT))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> repo.defineField(new CustomField("maker", "Brand", FieldSchema.of(FieldType.TEXT))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("labelled");
        catalog.close();
        catalog = open(new Actor("bob"), SmallLibrary.NOW);
        repo = catalog.assets();
        assertThat(repo.schema().fields().values()).containsExactlyInAnyOrderElementsOf(SmallLibrary.fields());
    }

    @Test
    void tagsAreAddedAndRemovedInBulkCountingOnlyAssetsThatChanged() {
        repo.addAll(List.of(asset(1).tags("a").build(), asset(2).build(), asset(3).tags("a", "b").build()));
        assertThat(repo.addTags(List.of(id(1), id(2), id(3), id(99)), List.of(Tag.of("a")))).isEqualTo(1);
        assertThat(repo.find(id(2)).orElseThrow().tags()).containsExactly(Tag.of("a"));
        assertThat(repo.removeTags(List.of(id(1), id(2), id(3)), List.of(Tag.of("b"), Tag.of("c")))).isEqualTo(1);
        assertThat(repo.find(id(3)).orElseThrow().tags()).containsExactly(Tag.of("a"));
        assertThat(repo.find(id(3)).orElseThrow().updatedAt()).isEqualTo(SmallLibrary.NOW.instant());
    }

    @Test
    void aTagEditThatWouldBreakTheLengthRuleChangesNothing() {
        repo.addAll(List.of(asset(1).build(), asset(2).tags("x".repeat(499)).build()));
        assertThatThrownBy(() -> repo.addTags(List.of(id(1), id(2)), List.of(Tag.of("yy"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(id(2).value());
        assertThat(repo.find(id(1)).orElseThrow().tags()).isEmpty();
    }

    @Test
    void theTrashHidesAssetsFromSearchUntilTheyAreRestored() {
        repo.addAll(List.of(asset(1).build(), asset(2).build()));
        assertThat(repo.trash(List.of(id(1), id(1), id(99)))).isEqualTo(1);
        assertThat(repo.trash(List.of(id(1)))).isZero();
        assertThat(repo.search(AssetQuery.of(Query.ALL)).items()).extracting(Asset::id).containsExactly(id(2));
        assertThat(repo.search(AssetQuery.of(Query.ALL).in(AssetQuery.Scope.TRASHED)).items()).extracting(Asset::id).containsExactly(id(1));
        assertThat(catalog.countAssets()).isEqualTo(1);
        assertThat(repo.restore(List.of(id(1), id(2)))).isEqualTo(1);
        assertThat(repo.search(AssetQuery.of(Query.ALL)).items()).hasSize(2);
    }

    @Test
    void everyChangeIsAuditedWithWhatWhenAndWho() {
        repo.add(asset(1).in("/a/").named("x.jpg").build(), Map.of());
        repo.addTags(List.of(id(1)), List.of(Tag.of("t")));
        repo.trash(List.of(id(1)));
        repo.restore(List.of(id(1)));
        List<AuditEntry> trail = repo.audit(Optional.of(id(1)), 10);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("restore", "trash", "tag.add", "add");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("alice (mediadesk)");
            assertThat(e.at()).isEqualTo(SmallLibrary.NOW.instant());
        });
        assertThat(trail.get(3).detail()).contains("/a/x.jpg");
        assertThat(repo.audit(Optional.empty(), 100)).extracting(AuditEntry::action).contains("field.define");
    }

    @Test
    void listenersHearCommittedChangesOnlyAndCanUnsubscribe() throws Exception {
        List<LibraryChange> heard = new ArrayList<>();
        AutoCloseable sub = repo.subscribe(heard::add);
        repo.add(asset(1).build(), Map.of());
        assertThatThrownBy(() -> repo.add(asset(2).named("image1.jpg").build(), Map.of())).isInstanceOf(PathTakenException.class);
        repo.addTags(List.of(id(1)), List.of(Tag.of("t")));
        repo.addTags(List.of(id(1)), List.of(Tag.of("t")));
        repo.trash(List.of(id(1)));
        sub.close();
        repo.restore(List.of(id(1)));
        assertThat(heard).containsExactly(new LibraryChange(LibraryChange.Kind.ADDED, List.of(id(1))),
                new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id(1))),
                new LibraryChange(LibraryChange.Kind.TRASHED, List.of(id(1))));
    }

    @Test
    void aFailingListenerDoesNotUndoTheChange() {
        repo.subscribe(change -> {
            throw new IllegalStateException("boom");
        });
        repo.add(asset(1).build(), Map.of());
        assertThat(repo.find(id(1))).isPresent();
    }

    @Test
    void nearDuplicatesAreRecordedBothWays() {
        repo.add(asset(1).phash(0xFFL).build(), Map.of());
        repo.add(asset(2).phash(0xFEL).build(), Map.of(id(1), 1));
        assertThat(repo.similar(id(1))).containsExactly(Map.entry(id(2), 1));
        assertThat(repo.similar(id(2))).containsExactly(Map.entry(id(1), 1));
        assertThat(repo.perceptualHashes()).containsExactly(Map.entry(id(1), 0xFFL), Map.entry(id(2), 0xFEL));
    }

    @Test
    void contentHashFindsDuplicatesAndMissingNamesUnknownIds() {
        repo.addAll(List.of(asset(1).hash("a".repeat(64)).build(), asset(2).hash("a".repeat(64)).build()));
        assertThat(repo.findByContentHash("a".repeat(64))).extracting(Asset::id).containsExactly(id(1), id(2));
        assertThat(repo.missing(List.of(id(1), id(7)))).containsExactly(id(7));
    }

    @Test
    void anAssetThatMatchesTwiceIsCountedOnceWhenPaging() {
        // SQLite 3.51 miscounted OFFSET for a correlated EXISTS with two matching rows (see MetadataSql).
        repo.addAll(List.of(
                asset(1).tags("a", "b").custom("channels", new MetaValue.Many(List.of(new MetaValue.Text("web"), new MetaValue.Text("print"))))
                        .createdDaysAfterBase(0).build(),
                asset(2).tags("a").custom("channels", new MetaValue.Many(List.of(new MetaValue.Text("web")))).createdDaysAfterBase(1).build()));
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        for (String q : List.of("tags IN [\"a\", \"b\"]", "tags EXISTS", "\"customMetadata.channels\" IN [\"web\", \"print\"]")) {
            assertThat(repo.search(AssetQuery.of(parser.parse(q)).page(1, 10)).items()).as(q).extracting(Asset::id).containsExactly(id(2));
        }
    }

    @Test
    protected void textComparesAndSortsByCodePointEvenAboveTheBasicPlane() {
        // U+FF21 (fullwidth A) is below U+1D49C (script A) by code point, above it in UTF-16 units.
        repo.addAll(List.of(asset(1).named("\uFF21.jpg").custom("brand", new MetaValue.Text("\uFF21")).build(),
                asset(2).named("\uD835\uDC9C.jpg").custom("brand", new MetaValue.Text("\uD835\uDC9C")).build()));
        assertThat(repo.search(AssetQuery.of(Query.ALL).sorted(SortKey.ASC_NAME)).items()).extracting(Asset::id)
                .containsExactly(id(1), id(2));
        Query above = new QueryParser(SmallLibrary.NOW).parse("\"customMetadata.brand\" > \"\uFF21\"");
        assertThat(repo.search(AssetQuery.of(above)).items()).extracting(Asset::id).containsExactly(id(2));
    }

    @Test
    void ratingsAndLabelsAreSetInBulkCountingOnlyAssetsThatChangedAndAreAudited() {
        repo.addAll(List.of(asset(1).build(), asset(2).rating(4).build(), asset(3).label(ColourLabel.RED).build()));
        assertThat(repo.setRating(List.of(id(1), id(2), id(99)), 4)).isEqualTo(1);
        assertThat(repo.setLabel(List.of(id(1), id(2), id(3)), ColourLabel.RED)).isEqualTo(2);
        Asset one = repo.find(id(1)).orElseThrow();
        assertThat(one.rating()).isEqualTo(4);
        assertThat(one.label()).isEqualTo(ColourLabel.RED);
        assertThat(one.updatedAt()).isEqualTo(SmallLibrary.NOW.instant());
        assertThat(repo.find(id(3)).orElseThrow().rating()).isZero();
        assertThat(repo.audit(Optional.of(id(1)), 10)).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("label.set", "red"), org.assertj.core.groups.Tuple.tuple("rating.set", "4"),
                        org.assertj.core.groups.Tuple.tuple("add", "/image1.jpg sha256:" + String.format("%064x", 1)));
        assertThat(repo.audit(Optional.of(id(2)), 10)).extracting(AuditEntry::action).containsExactly("label.set", "add");
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        assertThat(repo.ids(parser.parse("rating >= 4 AND label = \"red\""), AssetQuery.Scope.ACTIVE)).containsExactly(id(1), id(2));
        assertThat(repo.setLabel(List.of(id(1)), ColourLabel.NONE)).isEqualTo(1);
        assertThat(repo.ids(parser.parse("label NOT = \"none\""), AssetQuery.Scope.ACTIVE)).containsExactly(id(2), id(3));
    }

    @Test
    void aRatingOutsideZeroToFiveChangesNothing() {
        repo.add(asset(1).rating(2).build(), Map.of());
        assertThatThrownBy(() -> repo.setRating(List.of(id(1)), 6)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("0 to 5");
        assertThatThrownBy(() -> repo.setRating(List.of(id(1)), -1)).isInstanceOf(InvalidValueException.class);
        assertThat(repo.find(id(1)).orElseThrow().rating()).isEqualTo(2);
    }

    private static io.mediadesk.library.asset.FolderPath folder(String p) {
        return io.mediadesk.library.asset.FolderPath.parse(p);
    }

    private List<String> folderPaths() {
        return repo.folders().stream().map(f -> f.path().value()).toList();
    }

    @Test
    void aFolderIsCreatedWithItsParentsOnceAndNamesFollowTheServiceRules() {
        assertThat(repo.createFolder(folder("/a/b/")).path()).isEqualTo(folder("/a/b/"));
        assertThat(folderPaths()).containsExactly("/", "/a/", "/a/b/");
        assertThatThrownBy(() -> repo.createFolder(folder("/a/b/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("/a/b/ already exists");
        assertThatThrownBy(() -> repo.createFolder(folder("/a b/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("letters, digits");
        assertThat(repo.audit(Optional.empty(), 10)).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("folder.create", "/a/b/"));
    }

    @Test
    void aMovedSubtreeTakesEveryFolderAndAssetWithItTrashIncluded() {
        repo.createFolder(folder("/a/b/empty/"));
        repo.addAll(List.of(asset(1).in("/a/").named("x.jpg").build(), asset(2).in("/a/b/").named("x.jpg").build(),
                asset(3).in("/a/b/c/").named("y.jpg").build(), asset(4).in("/ab/").named("x.jpg").build(),
                asset(5).in("/a/b/").named("gone.jpg").trashed().build()));
        FolderMove m = repo.moveFolder(folder("/a/b/"), folder("/z/q/"));
        assertThat(m).isEqualTo(new FolderMove(folder("/a/b/"), folder("/z/q/"), 3, 3));
        assertThat(folderPaths()).containsExactly("/", "/a/", "/ab/", "/z/", "/z/q/", "/z/q/c/", "/z/q/empty/");
        assertThat(repo.find(id(2)).orElseThrow().filePath()).isEqualTo("/z/q/x.jpg");
        assertThat(repo.find(id(3)).orElseThrow().filePath()).isEqualTo("/z/q/c/y.jpg");
        assertThat(repo.find(id(5)).orElseThrow().filePath()).isEqualTo("/z/q/gone.jpg");
        assertThat(repo.find(id(1)).orElseThrow().filePath()).isEqualTo("/a/x.jpg");
        assertThat(repo.find(id(4)).orElseThrow().filePath()).isEqualTo("/ab/x.jpg");
        assertThat(repo.find(id(3)).orElseThrow().updatedAt()).isEqualTo(SmallLibrary.NOW.instant());
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        assertThat(repo.ids(parser.parse("path : \"/z/\""), AssetQuery.Scope.ACTIVE)).containsExactly(id(2), id(3));
        assertThat(repo.ids(parser.parse("path : \"/a/b/\""), AssetQuery.Scope.ACTIVE)).isEmpty();
        assertThat(repo.audit(Optional.of(id(3)), 10)).extracting(AuditEntry::action, AuditEntry::detail)
                .startsWith(org.assertj.core.groups.Tuple.tuple("move", "/a/b/c/y.jpg -> /z/q/c/y.jpg"));
        assertThat(repo.audit(Optional.empty(), 1)).extracting(AuditEntry::action).containsExactly("folder.move");
        assertThat(catalog.countAssets()).isEqualTo(4);
    }

    @Test
    void aRenameKeepsTheFolderInItsParentAndAccentedNamesWork() {
        repo.add(asset(1).in("/fotos/\u00e9t\u00e9/").named("plage.jpg").build(), Map.of());
        FolderMove m = repo.moveFolder(folder("/fotos/\u00e9t\u00e9/"), io.mediadesk.library.asset.FolderRules.renamed(
                folder("/fotos/\u00e9t\u00e9/"), "\uD835\uDC9C\u00e9"));
        assertThat(m.to()).isEqualTo(folder("/fotos/\uD835\uDC9C\u00e9/"));
        assertThat(repo.find(id(1)).orElseThrow().filePath()).isEqualTo("/fotos/\uD835\uDC9C\u00e9/plage.jpg");
        assertThatThrownBy(() -> io.mediadesk.library.asset.FolderRules.renamed(folder("/fotos/"), "a/b"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMoveIntoItsOwnSubtreeOntoATakenPathOrOfTheRootIsRefusedAndChangesNothing() {
        repo.addAll(List.of(asset(1).in("/a/b/").build(), asset(2).in("/c/").build()));
        assertThatThrownBy(() -> repo.moveFolder(folder("/a/"), folder("/a/b/a/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("own subtree");
        assertThatThrownBy(() -> repo.moveFolder(folder("/a/"), folder("/a/"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> repo.moveFolder(folder("/a/b/"), folder("/c/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("/c/ already exists");
        assertThatThrownBy(() -> repo.moveFolder(folder("/"), folder("/x/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("root");
        assertThatThrownBy(() -> repo.moveFolder(folder("/nope/"), folder("/x/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no folder /nope/");
        assertThat(folderPaths()).containsExactly("/", "/a/", "/a/b/", "/c/");
        assertThat(repo.find(id(1)).orElseThrow().folder()).isEqualTo(folder("/a/b/"));
    }

    @Test
    void onlyAnEmptyFolderIsDeletedUnlessRecursiveWhichTrashesItsAssetsUntilARestoreBringsItBack() {
        repo.createFolder(folder("/empty/"));
        repo.addAll(List.of(asset(1).in("/a/").build(), asset(2).in("/a/b/").build(), asset(3).in("/keep/").build()));
        assertThat(repo.deleteFolder(folder("/empty/"), false)).isZero();
        assertThatThrownBy(() -> repo.deleteFolder(folder("/a/"), false)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1 folders and 2 assets");
        assertThat(repo.deleteFolder(folder("/a/"), true)).isEqualTo(2);
        assertThat(folderPaths()).containsExactly("/", "/keep/");
        assertThat(catalog.countAssets()).isEqualTo(1);
        assertThat(repo.search(AssetQuery.of(Query.ALL).in(AssetQuery.Scope.TRASHED)).items()).extracting(Asset::id)
                .containsExactly(id(1), id(2));
        assertThat(repo.audit(Optional.of(id(2)), 1)).extracting(AuditEntry::action).containsExactly("trash");
        assertThatThrownBy(() -> repo.deleteFolder(folder("/a/"), true)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no folder /a/");
        assertThatThrownBy(() -> repo.moveFolder(folder("/keep/"), folder("/a/"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("already exists");
        assertThat(repo.restore(List.of(id(2)))).isEqualTo(1);
        assertThat(folderPaths()).containsExactly("/", "/a/", "/a/b/", "/keep/");
        assertThat(repo.find(id(2)).orElseThrow().filePath()).isEqualTo("/a/b/image2.jpg");
        repo.createFolder(folder("/a/c/"));
        assertThatThrownBy(() -> repo.createFolder(folder("/a/"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theAuditTrailStreamsOldestFirstForOneAssetOrAllFromADate() {
        java.time.Instant t0 = SmallLibrary.NOW.instant();
        catalog.close();
        MutableClock clock = new MutableClock(t0);
        catalog = open(new Actor("alice (mediadesk)"), clock);
        repo = catalog.assets();
        repo.add(asset(1).build(), Map.of());
        clock.now = t0.plusSeconds(60);
        repo.add(asset(2).build(), Map.of());
        repo.addTags(List.of(id(1)), List.of(Tag.of("t")));
        clock.now = t0.plusSeconds(120);
        repo.setRating(List.of(id(1), id(2)), 3);
        List<AuditEntry> one = new ArrayList<>();
        repo.exportAudit(Optional.of(id(1)), Optional.empty(), one::add);
        assertThat(one).extracting(AuditEntry::action).containsExactly("add", "tag.add", "rating.set");
        assertThat(one).extracting(AuditEntry::sequence).isSorted();
        List<AuditEntry> recent = new ArrayList<>();
        repo.exportAudit(Optional.empty(), Optional.of(t0.plusSeconds(60)), recent::add);
        assertThat(recent).extracting(e -> e.action() + " " + e.assetId().orElse("-"))
                .containsExactly("add " + id(2).value(), "tag.add " + id(1).value(), "rating.set " + id(1).value(),
                        "rating.set " + id(2).value());
        assertThat(recent.get(3).at()).isEqualTo(t0.plusSeconds(120));
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends Clock {
        volatile java.time.Instant now;

        MutableClock(java.time.Instant start) {
            now = start;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void forEachAssetVisitsEveryAssetOnceInIdOrderTrashIncluded() {
        repo.addAll(SmallLibrary.assets());
        // more than two batches of either adapter, added out of id order, in folders that sort unlike the ids
        List<Asset> many = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            int n = 100 + (i * 7_919) % 2_345;
            many.add(asset(n).in("/bulk/f" + (2_345 - n) % 13 + "/").tags("t" + n % 5).createdDaysAfterBase(-n).build());
        }
        repo.addAll(many);
        repo.trash(List.of(id(101), id(2_000), SmallLibrary.assets().get(0).id()));

        List<Asset> seen = new ArrayList<>();
        repo.forEachAsset(seen::add);

        List<String> expected = new ArrayList<>();
        SmallLibrary.assets().forEach(a -> expected.add(a.id().value()));
        many.forEach(a -> expected.add(a.id().value()));
        expected.sort(null);
        assertThat(seen).extracting(a -> a.id().value()).containsExactlyElementsOf(expected);
        for (Asset a : seen) {
            assertThat(repo.find(a.id())).contains(a);
        }
        List<String> trashed = new ArrayList<>(List.of(id(101).value(), id(2_000).value(), SmallLibrary.assets().get(0).id().value()));
        SmallLibrary.assets().stream().filter(Asset::trashed).forEach(a -> trashed.add(a.id().value()));
        assertThat(seen).filteredOn(Asset::trashed).extracting(a -> a.id().value()).containsExactlyInAnyOrderElementsOf(trashed);
    }

    @Test
    void forEachAssetSeesNoAssetTwiceWhileTheLibraryChanges() {
        List<Asset> many = new ArrayList<>();
        for (int n = 1; n <= 1_500; n++) many.add(asset(n).in("/x/").build());
        repo.addAll(many);
        List<String> seen = new ArrayList<>();
        repo.forEachAsset(a -> {
            seen.add(a.id().value());
            if (seen.size() == 10) {
                repo.add(asset(5_000).in("/y/").build(), Map.of()); // after the walk's position: seen once
                repo.add(asset(1_600).in("/y/").named("late.jpg").build(), Map.of());
                repo.trash(List.of(id(700))); // ahead of the walk, changed
            }
        });
        assertThat(seen).doesNotHaveDuplicates().hasSize(1_502).contains(id(5_000).value(), id(700).value(), id(1_600).value());
    }

    @Test
    void forEachAssetOnAnEmptyLibraryCallsNothing() {
        List<Asset> seen = new ArrayList<>();
        repo.forEachAsset(seen::add);
        assertThat(seen).isEmpty();
    }

    /*
     * Tag completion. Live assets below: 1 {summer-sale, Summer, sale}, 2 {summer-sale, summit},
     * 3 {summer-sale, Summer}, 5 {autumn, sum}, 6 {c++ (draft), cx}, 7 {Été, été-2024},
     * 8 {été-2024, kelvin}; in the trash: 4 {summer-sale, summertime}. Counted by hand from that.
     */
    private void completionLibrary() {
        repo.addAll(List.of(asset(1).tags("summer-sale", "Summer", "sale").build(), asset(2).tags("summer-sale", "summit").build(),
                asset(3).tags("summer-sale", "Summer").build(), asset(4).tags("summer-sale", "summertime").trashed().build(),
                asset(5).tags("autumn", "sum").build(), asset(6).tags("c++ (draft)", "cx").build(),
                asset(7).tags("Été", "été-2024").build(), asset(8).tags("été-2024", "kelvin").build()));
    }

    private List<String> complete(String prefix, int limit) {
        return repo.tagsStartingWith(prefix, limit).stream().map(t -> t.tag().value() + " " + t.count()).toList();
    }

    @Test
    void tagCompletionCountsLiveAssetsMostUsedFirstIgnoringCase() {
        completionLibrary();
        assertThat(complete("summ", 10)).containsExactly("summer-sale 3", "Summer 2", "summit 1");
        assertThat(complete("SUMM", 10)).containsExactly("summer-sale 3", "Summer 2", "summit 1");
        assertThat(complete("  sUmM ", 10)).containsExactly("summer-sale 3", "Summer 2", "summit 1");
        assertThat(complete("summ", 2)).containsExactly("summer-sale 3", "Summer 2");
        // ties by the tag's order; "sum" itself is a tag
        assertThat(complete("sum", 10)).containsExactly("summer-sale 3", "Summer 2", "sum 1", "summit 1");
        // longer than the case spellings a store reads as ranges: summit is in the "summ" range but not a match
        assertThat(complete("summer", 10)).containsExactly("summer-sale 3", "Summer 2");
        assertThat(complete("SUMMER-S", 10)).containsExactly("summer-sale 3");
        assertThat(complete("", 4)).containsExactly("summer-sale 3", "Summer 2", "été-2024 2", "autumn 1");
        assertThat(complete("x", 10)).isEmpty();
        assertThat(complete("summertime", 10)).as("only on a trashed asset").isEmpty();
    }

    @Test
    void tagCompletionTakesTheTypedTextLiterallyAndFoldsCaseBeyondAscii() {
        completionLibrary();
        assertThat(complete("c+", 10)).containsExactly("c++ (draft) 1");
        assertThat(complete("C++ (", 10)).containsExactly("c++ (draft) 1");
        assertThat(complete("c.", 10)).isEmpty();
        assertThat(complete("[", 10)).isEmpty();
        assertThat(complete("c*", 10)).isEmpty();
        assertThat(complete("ÉT", 10)).containsExactly("été-2024 2", "Été 1");
        assertThat(complete("été-", 10)).containsExactly("été-2024 2");
        // KELVIN SIGN folds to k
        assertThat(complete("\u212Ael", 10)).containsExactly("kelvin 1");
        assertThatThrownBy(() -> repo.tagsStartingWith("s", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagCompletionFollowsTagEditsTrashAndRestore() {
        completionLibrary();
        repo.addTags(List.of(id(5)), List.of(Tag.of("summer-sale")));
        assertThat(complete("summer-", 10)).containsExactly("summer-sale 4");
        repo.trash(List.of(id(1), id(3)));
        assertThat(complete("summ", 10)).containsExactly("summer-sale 2", "summit 1");
        repo.restore(List.of(id(4), id(3)));
        assertThat(complete("summ", 10)).containsExactly("summer-sale 4", "Summer 1", "summertime 1", "summit 1");
        repo.removeTags(List.of(id(2)), List.of(Tag.of("summit")));
        assertThat(complete("summi", 10)).isEmpty();
    }
}

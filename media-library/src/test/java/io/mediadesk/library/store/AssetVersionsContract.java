package io.mediadesk.library.store;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.fixture.AssetBuilder;
import io.mediadesk.library.fixture.SmallLibrary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of asset versions (schema 5): {@code replaceContent} keeps the old content as a
 * version, {@code versions} lists them newest first, {@code restoreVersion} adds an old one again.
 * Run by each adapter, like {@link AssetRepositoryContract}. Expected versions are written out by
 * hand from the fixture's hashes, never read back from the store under test.
 */
public abstract class AssetVersionsContract {
    /** The clock moves one minute per reading, so every version has its own time. */
    private static final class Ticking extends Clock {
        private Instant now = AssetBuilder.BASE.plusSeconds(86_400);

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(60);
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    protected Catalog catalog;
    protected AssetRepository repo;

    /** Opens the store under test, the same one each time it is called within a test. */
    protected abstract Catalog open(Actor actor, Clock clock);

    @BeforeEach
    void openCatalog() {
        catalog = open(new Actor("alice (mediadesk)"), new Ticking());
        repo = catalog.assets();
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    protected static AssetId id(int n) {
        return AssetId.of(String.format("%024x", n));
    }

    protected static String hash(int n) {
        return String.format("%064x", n);
    }

    /** New content for asset 1: the bytes facts of {@code asset(n)}, a PNG of n x 2n with alpha. */
    protected static Asset content(int n) {
        return asset(1).hash(hash(n)).size(1000L + n).pixels(n, 2 * n).format("png").alpha(true).phash(n).build();
    }

    @Test
    void anAssetNeverReplacedHasOneImplicitVersionThatIsItsContent() {
        Asset a = repo.add(asset(1).size(77).pixels(30, 20).build(), Map.of());
        assertThat(repo.versions(id(1))).containsExactly(
                new AssetVersion(1, hash(1), 77, 30, 20, "jpg", false, 1, Optional.empty(), a.createdAt(), Optional.empty()));
    }

    @Test
    void replacingKeepsTheOldContentAsAVersionAndListsNewestFirst() {
        Asset a = repo.add(asset(1).size(77).pixels(30, 20).tags("kept").build(), Map.of());
        Asset after = repo.replaceContent(id(1), content(5));
        repo.replaceContent(id(1), content(9));

        List<AssetVersion> versions = repo.versions(id(1));
        assertThat(versions).extracting(AssetVersion::number).containsExactly(3, 2, 1);
        assertThat(versions).extracting(AssetVersion::contentHash).containsExactly(hash(9), hash(5), hash(1));
        assertThat(versions.get(2)).isEqualTo(
                new AssetVersion(1, hash(1), 77, 30, 20, "jpg", false, 1, Optional.empty(), a.createdAt(), Optional.empty()));
        assertThat(versions.get(1).size()).isEqualTo(1005);
        assertThat(versions.get(1).width()).isEqualTo(5);
        assertThat(versions.get(1).height()).isEqualTo(10);
        assertThat(versions.get(1).format()).isEqualTo("png");
        assertThat(versions.get(1).perceptualHash()).contains(5L);
        assertThat(versions.get(1).actor()).contains("alice (mediadesk)");
        assertThat(versions.get(0).createdAt()).isAfter(versions.get(1).createdAt());
        assertThat(versions.get(1).createdAt()).isEqualTo(after.updatedAt());

        Asset now = repo.find(id(1)).orElseThrow();
        assertThat(now.contentHash()).isEqualTo(hash(9));
        assertThat(now.width()).isEqualTo(9);
        assertThat(now.tags()).extracting(t -> t.value()).containsExactly("kept");
        assertThat(now.filePath()).isEqualTo(a.filePath());
        assertThat(repo.audit(Optional.of(id(1)), 10)).extracting(AuditEntry::action)
                .containsExactly("content.replace", "content.replace", "add");
        assertThat(repo.audit(Optional.of(id(1)), 1).get(0).detail()).isEqualTo("version 3 sha256:" + hash(9));
    }

    @Test
    void restoringAnOldVersionAddsItAsTheNewestAndRewritesNothing() {
        repo.add(asset(1).size(77).pixels(30, 20).build(), Map.of());
        repo.replaceContent(id(1), content(5));
        List<AssetVersion> before = repo.versions(id(1));
        List<LibraryChange> heard = Collections.synchronizedList(new ArrayList<>());
        repo.subscribe(heard::add);

        Asset restored = repo.restoreVersion(id(1), 1);

        assertThat(restored.contentHash()).isEqualTo(hash(1));
        assertThat(restored.size()).isEqualTo(77);
        assertThat(restored.width()).isEqualTo(30);
        assertThat(restored.format()).isEqualTo("jpg");
        assertThat(restored.hasAlpha()).isFalse();
        assertThat(restored.perceptualHash()).isEmpty();
        List<AssetVersion> after = repo.versions(id(1));
        assertThat(after).hasSize(3);
        assertThat(after.subList(1, 3)).isEqualTo(before);
        assertThat(after.get(0).number()).isEqualTo(3);
        assertThat(after.get(0).contentHash()).isEqualTo(hash(1));
        assertThat(repo.find(id(1)).orElseThrow()).isEqualTo(restored);
        assertThat(repo.audit(Optional.of(id(1)), 1).get(0).action()).isEqualTo("version.restore");
        assertThat(repo.audit(Optional.of(id(1)), 1).get(0).detail()).isEqualTo("version 1 as version 3 sha256:" + hash(1));
        assertThat(heard).containsExactly(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id(1))));
    }

    @Test
    void restoringAMissingOrTheCurrentVersionIsRefusedAndChangesNothing() {
        repo.add(asset(1).build(), Map.of());
        assertThatThrownBy(() -> repo.restoreVersion(id(1), 1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("current").extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("current");
        repo.replaceContent(id(1), content(5));
        Asset before = repo.find(id(1)).orElseThrow();
        assertThatThrownBy(() -> repo.restoreVersion(id(1), 7)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no version 7").extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("missing");
        assertThatThrownBy(() -> repo.restoreVersion(id(1), 2)).isInstanceOf(InvalidValueException.class);
        assertThat(repo.versions(id(1))).hasSize(2);
        assertThat(repo.find(id(1))).contains(before);
    }

    @Test
    void anUnknownAssetHasNoVersionsAndCannotBeReplaced() {
        assertThatThrownBy(() -> repo.versions(id(404))).isInstanceOf(LibraryException.class).hasMessageContaining(id(404).value());
        assertThatThrownBy(() -> repo.replaceContent(id(404), content(5))).isInstanceOf(LibraryException.class);
        assertThatThrownBy(() -> repo.restoreVersion(id(404), 1)).isInstanceOf(LibraryException.class);
    }

    @Test
    void eachVersionKeepsTheEmbeddedMetadataItsFileSaidAndARestoreBringsThemBack() {
        EmbeddedMetadata sony = new EmbeddedMetadata(Optional.of(Instant.parse("2023-07-01T10:00:00Z")), Optional.of("SONY"),
                Optional.of("DSC-RX100M4"), Optional.of(43.5), Optional.of(-1.25), List.of("beach", "dunes"));
        EmbeddedMetadata canon = new EmbeddedMetadata(Optional.empty(), Optional.of("Canon"), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("night"));
        repo.add(asset(1).embedded(sony).build(), Map.of());
        assertThat(repo.replaceContent(id(1), asset(1).hash(hash(5)).embedded(canon).build()).embedded()).isEqualTo(canon);
        repo.replaceContent(id(1), content(6));
        assertThat(repo.find(id(1)).orElseThrow().embedded()).isEqualTo(EmbeddedMetadata.NONE);

        assertThat(repo.restoreVersion(id(1), 1).embedded()).isEqualTo(sony);
        assertThat(repo.find(id(1)).orElseThrow().embedded()).isEqualTo(sony);
        assertThat(repo.restoreVersion(id(1), 2).embedded()).isEqualTo(canon);
        assertThat(repo.restoreVersion(id(1), 3).embedded()).isEqualTo(EmbeddedMetadata.NONE);
        assertThat(repo.versions(id(1))).extracting(AssetVersion::contentHash)
                .containsExactly(hash(6), hash(5), hash(1), hash(6), hash(5), hash(1));
    }

    @Test
    void concurrentReplacesEachLandAsTheirOwnVersionOrFailWithoutATrace() throws Exception {
        repo.add(asset(1).build(), Map.of());
        int perThread = 8;
        ConcurrentLinkedQueue<String> landed = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int base = 100 * (t + 1);
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        try {
                            repo.replaceContent(id(1), content(base + i));
                            landed.add(hash(base + i));
                        } catch (ConcurrentChangeException lost) {
                            // allowed: a retryable refusal that wrote nothing (checked below)
                        }
                    }
                } catch (Throwable e) {
                    unexpected.compareAndSet(null, e);
                }
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) th.join(60_000);
        assertThat(unexpected.get()).isNull();

        List<AssetVersion> versions = repo.versions(id(1));
        assertThat(landed).isNotEmpty();
        assertThat(versions).hasSize(1 + landed.size());
        List<Integer> numbers = versions.stream().map(AssetVersion::number).toList();
        List<Integer> expected = new ArrayList<>();
        for (int n = landed.size() + 1; n >= 1; n--) expected.add(n);
        assertThat(numbers).isEqualTo(expected);
        assertThat(versions.subList(0, landed.size())).extracting(AssetVersion::contentHash).containsExactlyInAnyOrderElementsOf(landed);
        assertThat(repo.find(id(1)).orElseThrow().contentHash()).isEqualTo(versions.get(0).contentHash());
        assertThat(repo.audit(Optional.of(id(1)), 100)).filteredOn(e -> e.action().equals("content.replace")).hasSize(landed.size());
    }

    @Test
    void versionsSurviveReopeningTheCatalog() {
        repo.add(asset(1).build(), Map.of());
        repo.replaceContent(id(1), content(5));
        List<AssetVersion> before = repo.versions(id(1));
        catalog.close();
        catalog = open(new Actor("bob"), SmallLibrary.NOW);
        repo = catalog.assets();
        assertThat(repo.versions(id(1))).isEqualTo(before);
    }
}

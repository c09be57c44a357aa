package io.mediadesk.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.desktop.library.Version5Library;
import io.mediadesk.library.Library;
import io.mediadesk.library.LibraryInUseException;
import io.mediadesk.library.store.MigrationProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch's open on its own thread: it tells an opened library from one being upgraded, and hands failures back as thrown. */
class LibraryOpeningTest {
    @TempDir
    Path tmp;

    private static LibraryOpening opening(Path folder) {
        return LibraryOpening.start(upgrades -> AppServices.open(folder, Optional.empty(), upgrades));
    }

    @Test
    void aCurrentLibraryIsSimplyOpen() throws Exception {
        Library.open(tmp, Optional.empty()).close();
        LibraryOpening opening = opening(tmp);
        assertThat(opening.awaitOpenOrUpgrade()).as("opened, no upgrade").isTrue();
        try (AppServices services = opening.services()) {
            assertThat(services.library().catalog().schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void anOlderLibrarySaysItIsUpgradingAndAWatcherSeesTheProgressToTheEnd() throws Exception {
        Version5Library.create(tmp, "a.jpg", "b.jpg");
        List<MigrationProgress> seen = new CopyOnWriteArrayList<>();
        LibraryOpening opening = opening(tmp);
        boolean opened = opening.awaitOpenOrUpgrade();
        opening.watch(seen::add);
        CountDownLatch done = new CountDownLatch(1);
        opening.whenDone(done::countDown);
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        try (AppServices services = opening.services()) {
            assertThat(opened).as("the upgrade was reported before the open ended").isFalse();
            assertThat(services.library().catalog().schemaVersion()).isEqualTo(6);
            assertThat(services.library().catalog().countAssets()).isEqualTo(2);
        }
        // The latest state at least (the watcher may come after the first), and always the end.
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new MigrationProgress(6, "indexes and triggers", 13, 13, "steps"));
    }

    @Test
    void aLockedLibraryFailsAsTheOpenFails() throws Exception {
        try (Library held = Library.open(tmp, Optional.empty())) {
            LibraryOpening opening = opening(tmp);
            assertThat(opening.awaitOpenOrUpgrade()).isTrue();
            assertThatThrownBy(opening::services).isInstanceOf(LibraryInUseException.class);
        }
    }
}

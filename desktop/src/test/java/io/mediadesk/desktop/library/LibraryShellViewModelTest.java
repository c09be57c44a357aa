package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryShellViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void theCountIsUnknownUntilTheCatalogHasAnswered() {
        try (Library library = Library.open(tmp, Optional.empty())) {
            LibraryShellViewModel model = new LibraryShellViewModel(library, TaskRunner.sameThread());
            assertThat(model.assetCountProperty().get()).isEqualTo(LibraryShellViewModel.UNKNOWN);
            model.refresh();
            assertThat(model.assetCountProperty().get()).isZero();
            assertThat(model.statusProperty().get()).contains("SQLite", "schema " + library.catalog().schemaVersion(), "0 assets");
        }
    }

    @Test
    void aCatalogFailureIsShownInTheStatusInsteadOfThrowing() {
        Library library = Library.open(tmp, Optional.empty());
        library.close();
        LibraryShellViewModel model = new LibraryShellViewModel(library, TaskRunner.sameThread());
        model.refresh();
        assertThat(model.statusProperty().get()).startsWith("Could not read the catalog");
        assertThat(model.assetCountProperty().get()).isEqualTo(LibraryShellViewModel.UNKNOWN);
    }
}

package io.mediadesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path tmp;

    @Test
    void openingCreatesTheFolderWithAnEmbeddedCatalogInWalMode() {
        Path folder = tmp.resolve("nested").resolve("lib");
        try (Library library = Library.open(folder, Optional.empty())) {
            assertThat(folder.resolve(SqliteCatalog.FILE_NAME)).isRegularFile();
            assertThat(folder.resolve("logs")).isDirectory();
            assertThat(library.catalog().schemaVersion()).isEqualTo(6);
            assertThat(library.catalog().countAssets()).isZero();
            SqliteCatalog catalog = (SqliteCatalog) library.catalog();
            assertThat(catalog.pragma("journal_mode")).isEqualTo("wal");
            assertThat(catalog.pragma("foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void aSecondOpenOfTheSameLibraryIsRefusedUntilTheFirstCloses() {
        Library first = Library.open(tmp, Optional.empty());
        assertThatThrownBy(() -> Library.open(tmp, Optional.empty()))
                .isInstanceOf(LibraryInUseException.class)
                .hasMessageContaining("in use");
        first.close();
        try (Library again = Library.open(tmp, Optional.empty())) {
            assertThat(again.catalog().schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void reopeningKeepsTheSchemaAndRunsNoMigrationTwice() {
        Library.open(tmp, Optional.empty()).close();
        try (Library library = Library.open(tmp, Optional.empty())) {
            assertThat(library.catalog().schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void aCatalogFromANewerMediadeskIsRefusedNotGuessedAt() throws Exception {
        Library.open(tmp, Optional.empty()).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(SqliteCatalog.FILE_NAME));
                var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Library.open(tmp, Optional.empty()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("schema version 99");
        // The lock taken before the failure was released again.
        Files.writeString(tmp.resolve("probe"), "x");
        assertThatThrownBy(() -> Library.open(tmp, Optional.empty())).isNotInstanceOf(LibraryInUseException.class);
    }

    @Test
    void aFileThatIsNotACatalogGivesAClearError() throws Exception {
        Files.writeString(tmp.resolve(SqliteCatalog.FILE_NAME), "this is not a database, just text ".repeat(200));
        assertThatThrownBy(() -> Library.open(tmp, Optional.empty()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("damaged or not a Mediadesk catalog");
    }

    @Test
    void anUnsupportedCatalogUriIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> Library.open(tmp, Optional.of("postgres://bob:s3cret@db/x")))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("mongodb://")
                .hasMessageNotContaining("s3cret");
    }
}

package io.mediadesk.library.ingest;

/**
 * Hears an import's progress, on the importing thread: once the inputs are counted, then after
 * each file. A window bridges it onto its own thread; the CLI prints it on stderr.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void started(int total) {
    }

    default void finished(ImportItem item, int done, int total) {
    }
}

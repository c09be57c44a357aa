package io.mediadesk.desktop.importing;

import io.mediadesk.library.ingest.ImportItem;

/**
 * One line of the progress panel: the file, what became of it, and why (the failure's reason, the
 * existing copy of a duplicate, or the near-duplicates it resembles).
 */
public record ImportRow(String file, ImportItem.Status status, String detail) {
}

package io.mediadesk.library.ingest;

import java.util.List;

/** Every input's outcome, in input order, and whether the run was cancelled before the end. */
public record ImportReport(List<ImportItem> items, boolean cancelled) {
    public ImportReport {
        items = List.copyOf(items);
    }

    public long count(ImportItem.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}

package io.mediadesk.sync.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Base entries to and from the ledger's rows; custom metadata travels as one JSON object of canonical values. */
final class BaseRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() { };

    private BaseRecords() {
    }

    static BaseSnapshot load(SyncLedger ledger) {
        return load(ledger.base(), ledger);
    }

    /** From rows already read; the presets' and fields' rows ({@code preset:}, {@code field:}) are not assets. */
    static BaseSnapshot load(java.util.List<BaseRecord> rows, SyncLedger ledger) {
        return BaseSnapshot.of(rows.stream().filter(r -> !io.mediadesk.sync.settings.SettingsLedger.isSettings(r))
                .map(BaseRecords::entry).toList(), ledger.versionHashes());
    }

    static BaseRecord record(BaseEntry e) {
        try {
            return new BaseRecord(e.localId(), e.remoteId(), e.path(), e.hash(), e.version(), e.size(),
                    Optional.ofNullable(e.remoteUpdated()), e.attributes().tags().stream().toList(),
                    JSON.writeValueAsString(e.attributes().metadata()), e.attributes().coordinates());
        } catch (JsonProcessingException ex) {
            throw new SyncException("cannot write the base of " + e.path(), ex);
        }
    }

    static BaseEntry entry(BaseRecord r) {
        try {
            Map<String, String> metadata = r.metadataJson().equals("{}") ? Map.of() : JSON.readValue(r.metadataJson(), MAP);
            return new BaseEntry(r.localId(), r.remoteId(), r.path(), r.contentHash(), r.versionId(), r.size(),
                    r.remoteUpdated().orElse(null), Attributes.of(r.tags(), metadata, r.coordinates()));
        } catch (JsonProcessingException ex) {
            throw new SyncException("the sync base of " + r.path() + " is damaged: " + ex.getMessage(), ex);
        }
    }
}

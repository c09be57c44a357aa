package io.mediadesk.library.store;

import java.time.Instant;

/**
 * One step of a sync run in the journal: written before the step runs and finished after, so a
 * run killed in between leaves a record of what may have happened.
 *
 * @param state {@code begun}, {@code done}, {@code failed}, {@code unknown}, {@code recovered} or {@code abandoned}
 */
public record JournalRecord(long seq, String run, String action, String localId, String remoteId, String path,
        String contentHash, long size, String state, Instant at) {

    /** A step about to begin; the ledger assigns the sequence number. */
    public static JournalRecord begin(String run, String action, String localId, String remoteId, String path,
            String contentHash, long size, Instant at) {
        return new JournalRecord(0, run, action, localId, remoteId, path, contentHash, size, "begun", at);
    }
}

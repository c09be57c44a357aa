package io.mediadesk.library.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the two-way sync keeps in the catalog beside the assets: the base (the last state each
 * synced item had on both sides), which local content hash each service version holds, the
 * journal of steps begun and finished, and the lease that lets one sync run per library. Kept in
 * the catalog, not in a side file, so a base change and the asset change it follows share one
 * store's durability. Opaque to the library: the sync module owns what the fields mean.
 */
public interface SyncLedger {

    List<BaseRecord> base();

    void putBase(BaseRecord record);

    void forgetBase(String localId);

    /** Content hash by {@code remoteId + "/" + versionId}. */
    Map<String, String> versionHashes();

    void putVersionHash(String remoteId, String versionId, String contentHash);

    /** Writes a step as begun, before it touches anything; returns its sequence number. */
    long begin(JournalRecord step);

    /** Marks a step {@code done}, {@code failed}, or {@code unknown} (it may have taken effect). */
    void finish(long seq, String state, String detail);

    /** Steps begun and never finished, and those whose effect is unknown, oldest first. */
    List<JournalRecord> unsettled();

    /** Marks every unsettled step settled ({@code recovered} or {@code abandoned}), and drops finished steps of older runs. */
    void settle(String state, String currentRun);

    /**
     * Takes the sync lease for {@code owner} until {@code now + ttl}, unless another owner holds an
     * unexpired one; renewing is taking it again.
     */
    boolean acquireLease(String owner, Instant now, Duration ttl);

    void releaseLease(String owner);
}

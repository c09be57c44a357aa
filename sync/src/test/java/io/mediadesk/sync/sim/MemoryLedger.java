package io.mediadesk.sync.sim;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ledger on the simulated disk: it survives a kill, and every write is one tick the killer may stop before. */
final class MemoryLedger implements SyncLedger {
    private final Killer killer;
    final Map<String, BaseRecord> base = new TreeMap<>();
    final Map<String, String> versions = new TreeMap<>();
    final Map<Long, JournalRecord> journal = new LinkedHashMap<>();
    private long seq;
    private String leaseOwner;
    private Instant leaseExpires = Instant.EPOCH;

    MemoryLedger(Killer killer) {
        this.killer = killer;
    }

    @Override
    public synchronized List<BaseRecord> base() {
        return List.copyOf(base.values());
    }

    @Override
    public synchronized void putBase(BaseRecord r) {
        killer.tick();
        base.values().removeIf(b -> b.remoteId().equals(r.remoteId()));
        base.put(r.localId(), r);
    }

    @Override
    public synchronized void forgetBase(String localId) {
        killer.tick();
        base.remove(localId);
    }

    @Override
    public synchronized Map<String, String> versionHashes() {
        return Map.copyOf(versions);
    }

    @Override
    public synchronized void putVersionHash(String remoteId, String versionId, String contentHash) {
        killer.tick();
        versions.put(remoteId + "/" + versionId, contentHash);
    }

    @Override
    public synchronized long begin(JournalRecord s) {
        killer.tick();
        long n = ++seq;
        journal.put(n, new JournalRecord(n, s.run(), s.action(), s.localId(), s.remoteId(), s.path(), s.contentHash(), s.size(),
                s.state(), s.at()));
        return n;
    }

    @Override
    public synchronized void finish(long n, String state, String detail) {
        killer.tick();
        JournalRecord s = journal.get(n);
        journal.put(n, new JournalRecord(n, s.run(), s.action(), s.localId(), s.remoteId(), s.path(), s.contentHash(), s.size(),
                state, s.at()));
    }

    @Override
    public synchronized List<JournalRecord> unsettled() {
        return journal.values().stream().filter(j -> j.state().equals("begun") || j.state().equals("unknown")).toList();
    }

    @Override
    public synchronized void settle(String state, String currentRun) {
        killer.tick();
        for (JournalRecord j : new ArrayList<>(journal.values())) {
            boolean open = j.state().equals("begun") || j.state().equals("unknown");
            if (open) finish(j.seq(), state, "");
            else if (!j.run().equals(currentRun)) journal.remove(j.seq());
        }
    }

    @Override
    public synchronized boolean acquireLease(String owner, Instant now, Duration ttl) {
        if (leaseOwner != null && !leaseOwner.equals(owner) && now.isBefore(leaseExpires)) return false;
        killer.tick();
        leaseOwner = owner;
        leaseExpires = now.plus(ttl);
        return true;
    }

    synchronized boolean leased(Instant now) {
        return leaseOwner != null && now.isBefore(leaseExpires);
    }

    @Override
    public synchronized void releaseLease(String owner) {
        if (!killer.dead() && owner.equals(leaseOwner)) {
            leaseOwner = null;
        }
    }
}

package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The deletion brakes (rclone bisync's rules). A side that comes back empty while the base says
 * both had files is an outage, an unmounted drive or a wrong account, never a wish to delete
 * everything: refused, and no confirmation lifts it. Deleting more than a share of the synced
 * files on one side, or more than a number of files, waits for a person's yes.
 */
final class Brakes {
    private Brakes() {
    }

    static Optional<Refusal> emptySide(LocalSnapshot local, RemoteSnapshot remote, BaseSnapshot base) {
        if (base.isEmpty()) return Optional.empty();
        // Empty after our own deletes (every synced asset is in the library's trash) is no outage.
        boolean liveSynced = base.entries().stream().anyMatch(e -> local.find(e.localId()).filter(l -> !l.trashed()).isPresent());
        if (remote.isEmpty() && liveSynced) {
            return Optional.of(new Refusal(false, "the service lists no files, but " + base.entries().size()
                    + " were synced before; an outage or a wrong account is likelier than deleting everything, so nothing"
                    + " is deleted (delete in the library instead, if that is what you want)"));
        }
        if (local.isEmpty()) {
            return Optional.of(new Refusal(false, "the library holds no assets, but " + base.entries().size()
                    + " were synced before; is the library's drive there? nothing is deleted"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> deletions(List<ItemPlan> items, BaseSnapshot base, PlanOptions options) {
        if (options.confirmed()) return Optional.empty();
        long remote = count(items, Action.Delete.class);
        long local = count(items, Action.Trash.class);
        int synced = Math.max(1, base.entries().size());
        for (long[] side : new long[][] {{remote, 0}, {local, 1}}) {
            if (side[0] > 0 && side[0] * 100 > (long) options.maxDeletePercent() * synced) {
                String where = side[1] == 0 ? "on the service" : "in the library";
                return Optional.of(new Refusal(true, side[0] + " of " + synced + " synced files (" + side[0] * 100 / synced
                        + "%) would be deleted " + where + "; more than " + options.maxDeletePercent() + "% needs confirmation"));
            }
        }
        if (remote + local > options.maxDeletes()) {
            return Optional.of(new Refusal(true, (remote + local) + " files would be deleted; more than " + options.maxDeletes()
                    + " in one sync needs confirmation"));
        }
        return Optional.empty();
    }

    private static long count(List<ItemPlan> items, Class<? extends Action> type) {
        return items.stream().flatMap(i -> i.actions().stream()).filter(type::isInstance).count();
    }
}

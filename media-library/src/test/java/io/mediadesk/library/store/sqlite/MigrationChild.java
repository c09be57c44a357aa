package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.store.Actor;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link MigrationProgressTest}: opens an old catalog and prints each
 * progress of its upgrade. Once the upgrade to schema 6 is past its first batch it stops there for
 * good (mid-transaction), so the parent's kill lands inside the migration however loaded the
 * machine is. Not a test.
 */
public final class MigrationChild {
    private MigrationChild() {
    }

    public static void main(String[] args) throws Exception {
        SqliteCatalog.open(Path.of(args[0]), new Actor("child"), Clock.systemUTC(), p -> {
            System.out.println("progress " + p.schema() + " " + p.done() + " " + p.total());
            System.out.flush();
            if (p.schema() == 6 && p.done() > 0 && !p.finished()) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("finished");
    }
}

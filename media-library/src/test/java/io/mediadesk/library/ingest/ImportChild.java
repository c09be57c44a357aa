package io.mediadesk.library.ingest;

import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The child process of {@link ImportCrashTest}: imports a folder into a library (on the MongoDB
 * catalog given as a third argument, if any) and prints one line per finished file, so the parent
 * knows when to kill it. Not a test.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) {
        try (Library library = Library.open(Path.of(args[0]), args.length > 2 ? Optional.of(args[2]) : Optional.empty());
                Importer importer = new Importer(library, Clock.systemUTC())) {
            importer.run(List.of(Path.of(args[1])), ImportOptions.DEFAULT, new ImportProgress() {
                @Override
                public void finished(ImportItem item, int done, int total) {
                    System.out.println("done " + done + " " + item.status());
                    System.out.flush();
                }
            }, new Cancellation());
        }
        System.out.println("finished");
    }
}

package io.mediadesk.sync.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.purge.PurgeEntry.State;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: every transition survives a reopen, a torn last line is dropped, batches resume. */
class PurgeQueueTest {
    private static final Instant MARCH = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void everyStateSurvivesAReopen() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            List<PurgeEntry> batch = queue.enqueue(List.of("u1", "u2", "u3", "u4"));
            queue.sending(batch.get(0).id());
            queue.submitted(batch.get(0).id(), "r1", MARCH);
            queue.completed(batch.get(0).id());
            queue.sending(batch.get(1).id());
            queue.submitted(batch.get(1).id(), "r2", MARCH);
            queue.failed(batch.get(2).id(), "The URL is not valid for cache purging.");
        }
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThat(queue.entries()).extracting(PurgeEntry::state)
                    .containsExactly(State.COMPLETED, State.SUBMITTED, State.FAILED, State.QUEUED);
            assertThat(queue.entries().get(1).requestId()).isEqualTo("r2");
            assertThat(queue.entries().get(2).error()).contains("not valid");
            assertThat(queue.submittedIn(YearMonth.of(2026, 3))).isEqualTo(2);
            assertThat(queue.submittedIn(YearMonth.of(2026, 4))).isZero();
            assertThat(queue.interruptedAtOpen()).isZero();
        }
    }

    @Test
    void anEntryLeftSendingIsReportedAndSentAgain() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            queue.sending(queue.enqueue(List.of("u1")).get(0).id());
        }
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThat(queue.interruptedAtOpen()).isEqualTo(1);
            assertThat(queue.unfinished()).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(State.SENDING));
        }
    }

    @Test
    void aTornLastLineIsDroppedAndTheJournalStaysAppendable() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            queue.enqueue(List.of("u1", "u2"));
        }
        Files.writeString(folder.resolve(PurgeJournal.FILE), "{\"e\":\"sending\",\"id\":1", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThat(queue.entries()).extracting(PurgeEntry::state).containsOnly(State.QUEUED);
            queue.submitted(1, "r1", MARCH);
        }
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThat(queue.entry(1).state()).isEqualTo(State.SUBMITTED);
        }
    }

    @Test
    void theSameUrlsAgainResumeTheUnfinishedBatchAndMakeANewOneOnceItIsDone() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            List<PurgeEntry> first = queue.enqueue(List.of("a", "b"));
            queue.submitted(first.get(0).id(), "r1", MARCH);
            queue.completed(first.get(0).id());
            List<PurgeEntry> again = queue.enqueue(List.of("b", "a"));
            assertThat(again).extracting(PurgeEntry::id).containsExactlyElementsOf(first.stream().map(PurgeEntry::id).toList());
            assertThat(queue.enqueue(List.of("a", "c"))).as("another set is another batch").hasSize(2)
                    .allSatisfy(e -> assertThat(e.id()).isGreaterThan(2));
            queue.submitted(first.get(1).id(), "r2", MARCH);
            queue.completed(first.get(1).id());
            assertThat(queue.enqueue(List.of("a", "b"))).as("done: purging again is new work").extracting(PurgeEntry::state)
                    .containsOnly(State.QUEUED);
        }
    }

    @Test
    void aSecondProcessIsKeptOff() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThatThrownBy(() -> PurgeQueue.open(folder)).isInstanceOf(PurgeQueueInUseException.class);
        }
        PurgeQueue.open(folder).close();
    }

    @Test
    void aLargeJournalIsCompactedKeepingCountsAndUnfinishedBatches() throws Exception {
        List<String> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            done.add("https://ik.imagekit.io/demo/some/rather/long/path/to/a/file-number-" + i + ".jpg");
        }
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            for (PurgeEntry e : queue.enqueue(done)) {
                queue.submitted(e.id(), "r" + e.id(), MARCH);
                queue.completed(e.id());
            }
            PurgeEntry open = queue.enqueue(List.of("still-open")).get(0);
            queue.submitted(open.id(), "r-open", MARCH);
        }
        long before = Files.size(folder.resolve(PurgeJournal.FILE));
        try (PurgeQueue queue = PurgeQueue.open(folder, 10_000)) {
            assertThat(Files.size(folder.resolve(PurgeJournal.FILE))).isLessThan(before / 50);
            assertThat(queue.submittedIn(YearMonth.of(2026, 3))).isEqualTo(201);
            assertThat(queue.entries()).singleElement().satisfies(e -> {
                assertThat(e.url()).isEqualTo("still-open");
                assertThat(e.requestId()).isEqualTo("r-open");
            });
        }
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            assertThat(queue.submittedIn(YearMonth.of(2026, 3))).as("not counted twice after compaction").isEqualTo(201);
        }
    }
}

package io.mediadesk.sync.purge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a purge is polled: first after its submission, then backing off to the ceiling; resumed ones at once. */
class PollScheduleTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void firstPollAfterTheSubmissionThenDoublingToTheCeiling() {
        PollSchedule polls = new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(30));
        polls.submitted(1, T);
        assertThat(polls.due(T.plusSeconds(4))).isEmpty();
        assertThat(polls.due(T.plusSeconds(5))).hasValue(1);
        polls.again(1, T.plusSeconds(5));
        assertThat(polls.nextAt()).hasValue(T.plusSeconds(15));
        polls.again(1, T.plusSeconds(15));
        polls.again(1, T.plusSeconds(35));
        assertThat(polls.nextAt()).hasValue(T.plusSeconds(65)).as("40 s capped at 30");
        polls.done(1);
        assertThat(polls.isEmpty()).isTrue();
    }

    @Test
    void theEarliestIsDueFirstAndResumedOnesAreDueAtOnce() {
        PollSchedule polls = new PollSchedule(Duration.ofSeconds(5), Duration.ofMinutes(1));
        polls.submitted(1, T);
        polls.submitted(2, T.minusSeconds(1));
        polls.resumed(3, T.plusSeconds(2));
        assertThat(polls.due(T.plusSeconds(2))).hasValue(3);
        polls.done(3);
        assertThat(polls.due(T.plusSeconds(10))).hasValue(2);
    }
}

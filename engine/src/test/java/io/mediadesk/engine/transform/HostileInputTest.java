package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings built to hurt: each must end in InvalidTransformationException (or a valid parse), fast. */
class HostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(2);
    private final TransformationParser parser = new TransformationParser();

    @Test
    void hundredKilobytesOfCommasFailsOnLength() {
        rejects(",".repeat(100_000), 8192, "at most 8192 characters");
    }

    @Test
    void commasWithinTheLengthCapFailAtTheFirst() {
        rejects(",".repeat(8000), 0, "empty parameter");
    }

    @Test
    void tenThousandNestedLayersFail() {
        rejects("l-image,i-a.png,".repeat(10_000), 8192, "at most 8192");
        rejects("l-image,i-a,".repeat(400) + "w-1" + ",l-end".repeat(400), 36, "layers nest at most 3 levels deep");
    }

    @Test
    void unbalancedIfBlocksFail() {
        rejects("if-w_gt_1,".repeat(700) + "w-1", 30, "if-blocks nest at most 3 levels deep");
        rejects("if-w_gt_1,w-1", 0, "never closed");
        rejects("w-1," + "if-end,".repeat(500) + "w-2", 4, "if-end without a matching");
        rejects("l-image,i-a,if-w_gt_1,".repeat(300) + "w-1", 66, "nest at most 3");
    }

    @Test
    void chainsAreCappedAtFiftySteps() {
        assertThat(parser.parse("bl-1:".repeat(49) + "bl-1").steps()).hasSize(50);
        rejects("bl-1:".repeat(50) + "bl-1", 250, "more than 50 chained steps");
    }

    @Test
    void hugeValuesFailWithoutOverflow() {
        rejects("w-" + "9".repeat(5000), 0, "width must be");
        rejects("e-shadow-" + "bl-1_".repeat(1500), 0, "gives bl twice");
        rejects("w-100\u0000", 0, "width must be");
        assertThat(parser.parse("w-iw" + "_add_1".repeat(1300)).steps()).hasSize(1);
    }

    @Test
    void randomBytesAndUnicodeNeverEscapeAsOtherErrors() {
        Random random = new Random(7);
        String alphabet = ",,,::--__lxiwhenrtqbg0123456789N.%@=";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 5000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int j = 0; j < length; j++) {
                    text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000)
                            : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                survives(text.toString());
            }
        });
    }

    @Test
    void mutatedValidStringsParseOrFailCleanly() {
        Random random = new Random(11);
        String noise = ",:-_lieN0%@`\u00e9";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 5000; i++) {
                StringBuilder text = new StringBuilder(new TransformationGenerator(i).transformation());
                for (int m = 0; m <= random.nextInt(3) && text.length() > 0; m++) {
                    int at = random.nextInt(text.length());
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, noise.charAt(random.nextInt(noise.length())));
                        default -> text.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                    }
                }
                survives(text.toString());
            }
        });
    }

    /** Either a valid parse that round-trips, or a positioned InvalidTransformationException. */
    private void survives(String input) {
        try {
            Transformation parsed = parser.parse(input);
            assertThat(parser.parse(parsed.toString())).as(input).isEqualTo(parsed);
        } catch (InvalidTransformationException e) {
            assertThat(e.position()).as(input).isBetween(0, input.length());
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private void rejects(String input, int position, String fragment) {
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> parser.parse(input))
                .isInstanceOfSatisfying(InvalidTransformationException.class, e -> {
                    assertThat(e.getMessage()).contains(fragment);
                    assertThat(e.position()).isEqualTo(position);
                }));
    }
}

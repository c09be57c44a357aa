package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** The formatter's laws over thousands of seeded random transformations. */
class RoundTripTest {
    private static final int CASES = 5000;
    private static final long SEED = 20_260_401L;

    private final TransformationParser parser = new TransformationParser();

    @Test
    void formattingThenParsingGivesTheSameTransformationAndTheSameString() {
        for (int i = 0; i < CASES; i++) {
            String input = new TransformationGenerator(SEED + i).transformation();
            Transformation parsed = parse(input, i);
            String canonical = TransformationFormatter.format(parsed);
            Transformation reparsed = parse(canonical, i);

            assertThat(reparsed).as("case %d: %s", i, input).isEqualTo(parsed);
            assertThat(TransformationFormatter.format(reparsed)).as("case %d: %s", i, input).isEqualTo(canonical);
            assertThat(parsed.toString()).isEqualTo(canonical);
        }
    }

    private Transformation parse(String text, int i) {
        try {
            return parser.parse(text);
        } catch (InvalidTransformationException e) {
            return fail("case %d (seed %d) produced an invalid string %s: %s", i, SEED + i, text, e.getMessage());
        }
    }
}

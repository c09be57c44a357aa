package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.transform.Transformation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden geometry tables: every expected number in golden/geometry*.tsv was worked out by
 * hand from docs/GEOMETRY.md, never by running the planner. Columns (tab separated): source
 * {@code WxH}, EXIF orientation, transformation, expected ops ({@code -} for none, or
 * {@code error <parameter>}), expected output {@code WxH}, optional custom box {@code x,y,w,h}.
 */
class GeometryGoldenTest {
    static final List<String> FILES = List.of("geometry.tsv", "geometry-extract.tsv", "geometry-chain.tsv",
            "geometry-effects.tsv");

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plannerMatchesTheHandWorkedTable(String where, Source source, String transformation, String ops, String output) {
        Transformation t = Transformation.parse(transformation);
        if (ops.startsWith("error ")) {
            assertThatThrownBy(() -> new Planner().plan(t, source))
                    .isInstanceOf(PlanningException.class)
                    .extracting(e -> ((PlanningException) e).parameter()).isEqualTo(ops.substring("error ".length()));
            return;
        }
        Plan plan = new Planner().plan(t, source);
        assertThat(plan.describeOps()).as(where).isEqualTo(ops);
        assertThat(plan.size().toString()).as(where).isEqualTo(output);
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String file : FILES) {
            rows.addAll(read(file));
        }
        return rows.stream();
    }

    static List<Arguments> read(String file) throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = GeometryGoldenTest.class.getResourceAsStream("/golden/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t");
                if (cols.length < 5) {
                    throw new IllegalStateException(file + ":" + (i + 1) + " has " + cols.length + " columns");
                }
                rows.add(Arguments.of(file + ":" + (i + 1) + " " + cols[0] + " " + cols[2], source(cols),
                        cols[2], cols[3].strip(), cols[4].strip()));
            }
        }
        return rows;
    }

    private static Source source(String[] cols) {
        String[] wh = cols[0].split("x");
        Source s = Source.of(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), Integer.parseInt(cols[1].strip()));
        if (cols.length > 5 && !cols[5].isBlank()) {
            String[] box = cols[5].strip().split(",");
            s = s.withCustom(Integer.parseInt(box[0]), Integer.parseInt(box[1]), Integer.parseInt(box[2]),
                    Integer.parseInt(box[3]));
        }
        return s;
    }
}

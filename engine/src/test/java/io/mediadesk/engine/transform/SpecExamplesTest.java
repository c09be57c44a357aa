package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code tr:}/{@code tr=} example in code spans and code blocks of the shared spec must parse
 * and round-trip. Examples that are not transformations are listed here with the reason, so a new
 * unparseable example fails this test instead of being skipped quietly.
 */
class SpecExamplesTest {
    private static final Map<String, String> NOT_EXAMPLES = Map.of(
            "n-<name>", "grammar placeholder for a preset name",
            "<step1>:<step2>", "grammar placeholder for steps");
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]+`", Pattern.DOTALL);
    private static final Pattern TRANSFORMATION = Pattern.compile("(?<![A-Za-z])tr[:=]([^\\s`/?&|]*)");

    @Test
    void everyTransformationExampleInTheSpecParsesAndRoundTrips() throws IOException {
        Set<String> examples = examples(spec());
        List<String> skipped = new ArrayList<>();
        TransformationParser parser = new TransformationParser();
        for (String example : examples) {
            if (NOT_EXAMPLES.containsKey(example)) {
                skipped.add(example);
                continue;
            }
            Transformation parsed = parser.parse(example);
            assertThat(parser.parse(parsed.toString())).as(example).isEqualTo(parsed);
        }
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(NOT_EXAMPLES.keySet());
        assertThat(examples.size() - skipped.size()).as("examples checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void specNamedTransformationExampleExpandsToItsAlias() throws IOException {
        assumeTrue(examples(spec()).contains("n-blur_thumbnail"), "the spec no longer shows n-blur_thumbnail");
        TransformationParser parser = new TransformationParser(PresetLookup.of(Map.of("blur_thumbnail", "w-300,h-200,bl-10")));

        assertThat(parser.parse("tr:n-blur_thumbnail").toString()).isEqualTo("w-300,h-200,bl-10");
    }

    private static Set<String> examples(String spec) {
        Set<String> found = new LinkedHashSet<>();
        Matcher code = CODE.matcher(spec);
        while (code.find()) {
            Matcher tr = TRANSFORMATION.matcher(code.group());
            while (tr.find()) {
                if (!tr.group(1).isEmpty()) {
                    found.add(tr.group(1));
                }
            }
        }
        return found;
    }

    private static String spec() throws IOException {
        Path beside = Path.of("../../shared/spec/imagekit.md");
        String shared = System.getProperty("mediadesk.shared");
        Path file = Files.exists(beside) || shared == null ? beside : Path.of(shared, "spec", "imagekit.md");
        assumeTrue(Files.exists(file), "shared spec not found at " + file.toAbsolutePath()
                + " (set -Dmediadesk.shared=<dir>); skipping the spec example check");
        return Files.readString(file);
    }
}

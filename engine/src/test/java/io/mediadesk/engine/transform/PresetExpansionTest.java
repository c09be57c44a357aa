package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetExpansionTest {
    private static final Map<String, String> PRESETS = Map.of(
            "blur_thumbnail", "w-300,h-200,bl-10",
            "thumb", "tr:w-150,h-150,fo-center,cm-pad_resize",
            "chain", "w-100:rt-90",
            "outer", "n-chain:q-80",
            "a", "n-b", "b", "w-10:n-a",
            "self", "n-self",
            "bad", "w-100,q-0");
    private final TransformationParser parser = new TransformationParser(PresetLookup.of(PRESETS));

    @Test
    void parserExpandsNamedTransformationStandingAlone() {
        assertThat(parser.parse("tr:n-blur_thumbnail").toString()).isEqualTo("w-300,h-200,bl-10");
        assertThat(parser.parse("n-chain:bl-5").toString()).isEqualTo("w-100:rt-90:bl-5");
    }

    @Test
    void parserMergesSingleStepPresetIntoItsStep() {
        assertThat(parser.parse("n-thumb,q-50").toString()).isEqualTo("w-150,h-150,cm-pad_resize,fo-center,q-50");
    }

    @Test
    void parserExpandsPresetsRecursively() {
        assertThat(parser.parse("n-outer").toString()).isEqualTo("w-100:rt-90:q-80");
    }

    @Test
    void parserRejectsPresetCycleNamingIt() {
        assertThatThrownBy(() -> parser.parse("w-1:n-a"))
                .isInstanceOfSatisfying(InvalidTransformationException.class, e -> {
                    assertThat(e.position()).isEqualTo(4);
                    assertThat(e.token()).isEqualTo("n-a");
                    assertThat(e.getMessage()).contains("named transformations form a cycle: a -> b -> a");
                });
        assertThatThrownBy(() -> parser.parse("n-self")).hasMessageContaining("cycle: self -> self");
    }

    @Test
    void parserRejectsUnknownPresetLikeTheService() {
        assertThatThrownBy(() -> parser.parse("w-100:n-missing"))
                .isInstanceOfSatisfying(InvalidTransformationException.class, e -> {
                    assertThat(e.position()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("unknown named transformation \"missing\"");
                });
    }

    @Test
    void parserReportsErrorsInsidePresetAtTheReference() {
        assertThatThrownBy(() -> parser.parse("rt-90:n-bad"))
                .isInstanceOfSatisfying(InvalidTransformationException.class, e -> {
                    assertThat(e.position()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("in named transformation \"bad\"", "quality must be 1-100");
                });
    }

    @Test
    void parserRejectsMultiStepPresetMixedWithParameters() {
        assertThatThrownBy(() -> parser.parse("n-chain,q-50")).hasMessageContaining("must stand alone in its step");
    }

    @Test
    void parserRejectsKeyGivenByPresetAndStep() {
        assertThatThrownBy(() -> parser.parse("n-thumb,w-10")).hasMessageContaining("w is already given");
    }

    @Test
    void parserCapsPresetDepth() {
        Map<String, String> deep = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            deep.put("p" + i, "n-p" + (i + 1));
        }
        deep.put("p20", "w-1");
        TransformationParser deepParser = new TransformationParser(PresetLookup.of(deep));

        assertThatThrownBy(() -> deepParser.parse("n-p0")).hasMessageContaining("nest more than 8 deep");
    }

    @Test
    void parserParsesEachPresetOncePerString() {
        int[] lookups = {0};
        TransformationParser counting = new TransformationParser(name -> {
            lookups[0]++;
            return java.util.Optional.of("bl-5");
        });

        assertThat(counting.parse("n-x:n-x:n-x").toString()).isEqualTo("bl-5:bl-5:bl-5");
        assertThat(lookups[0]).isEqualTo(1);
    }
}

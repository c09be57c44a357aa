package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.transform.SyntaxSpan.Kind;
import io.mediadesk.engine.transform.Key;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TransformSyntaxTest {

    private static String kinds(String text) {
        return TransformSyntax.spans(text).stream()
                .map(s -> s.kind().name().charAt(0) + text.substring(s.start(), s.end()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void keysValuesAndSeparatorsAreToldApart() {
        assertThat(kinds("tr:w-400,rotation-90:e-grayscale"))
                .isEqualTo("Ptr: Kw S- V400 S, Krotation S- V90 S: Ke-grayscale");
    }

    @Test
    void theLongestKeyWinsSoEffectsKeepTheirDashes() {
        assertThat(kinds("e-usm-2-2-0.8-0.024")).isEqualTo("Ke-usm S- V2-2-0.8-0.024");
    }

    @Test
    void layersConditionalsAndUnknownTokensHaveTheirOwnColour() {
        assertThat(kinds("l-image,i-logo.png,l-end,if-iw_gt_400,w-400,if-end,zz-1"))
                .isEqualTo("Ll-image S, Ki S- Vlogo.png S, Ll-end S, Cif-iw_gt_400 S, Kw S- V400 S, Cif-end S, Uzz-1");
    }

    @Test
    void spansCoverHalfTypedStringsWithoutGaps() {
        String text = "w-,:h";
        List<SyntaxSpan> spans = TransformSyntax.spans(text);
        assertThat(spans.stream().mapToInt(SyntaxSpan::length).sum()).isEqualTo(text.length());
        assertThat(spans.get(0).kind()).isEqualTo(Kind.KEY);
    }

    @Test
    void completionOffersShortKeysAndLongNamesForTheTokenAtTheCaret() {
        List<KeySuggestion> found = KeyCompletion.suggest("w-400,rot", 9);
        assertThat(found).extracting(KeySuggestion::name).containsExactly("rotate", "rotation");
        assertThat(found.get(0).key()).isEqualTo(Key.RT);
        assertThat(found.get(0).insertion()).isEqualTo("rotate-");
        assertThat(KeyCompletion.suggest("w-400,rot", 3)).isEmpty(); // caret inside a value
        assertThat(KeyCompletion.suggest("e-gr", 4)).extracting(KeySuggestion::insertion).contains("e-grayscale", "e-gradient");
        assertThat(KeyCompletion.tokenStart("tr:w-400,q", 10)).isEqualTo(9);
    }
}

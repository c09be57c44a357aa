package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TransformationParserTest {
    private final TransformationParser parser = new TransformationParser();

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvFileSource(resources = "/golden/accepted.psv", delimiter = '|', quoteCharacter = '`')
    void parserAcceptsAndWritesCanonicalForm(String input, String canonical) {
        Transformation parsed = parser.parse(input);

        assertThat(parsed.toString()).isEqualTo(canonical);
        assertThat(parser.parse(canonical)).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "{0}  fails at {1}")
    @CsvFileSource(resources = "/golden/rejected.psv", delimiter = '|', quoteCharacter = '`')
    void parserRejectsWithPositionAndReadableMessage(String input, int position, String fragment) {
        assertThatThrownBy(() -> parser.parse(input))
                .isInstanceOfSatisfying(InvalidTransformationException.class, e -> {
                    assertThat(e.getMessage()).contains(fragment);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(input.startsWith(e.token(), e.position()))
                            .as("token %s is at its position in the input", e.token()).isTrue();
                });
    }

    @Test
    void parserTreatsDifferentSpellingsOfOneStepAsEqual() {
        assertThat(parser.parse("w-400,h-300")).isEqualTo(parser.parse("h-300,width-400"));
        assertThat(parser.parse("tr:w-400.0")).isEqualTo(parser.parse("?tr=w-400"));
    }

    @Test
    void parserReadsEmptyInputAsNoTransformation() {
        assertThat(parser.parse("").isEmpty()).isTrue();
        assertThat(parser.parse("tr:").toString()).isEmpty();
    }

    @Test
    void parserReportsEveryDocumentedIgnoredCaseAsNotice() {
        ParseResult result = parser.parseWithNotices("w-100,h-100,ar-4-3:w-70000:"
                + "l-text,i-Hi,ie-SGk%3D,lx-5,lfo-top,l-end:l-video,i-v.mp4,leo-5,ldu-3,l-end");

        assertThat(result.notices()).containsExactly(
                "ar-4-3 at position 12 is ignored: w and h are both given",
                "w-70000 at position 19 is ignored: dimensions above 65535 are ignored by the service",
                "lfo-top at position 54 is ignored: lx/ly position the layer",
                "i-Hi at position 34 is ignored: ie is also given and wins",
                "ldu-3 at position 90 is ignored: leo is also given and wins");
        assertThat(result.transformation().toString())
                .isEqualTo("w-100,h-100:l-text,ie-SGk%3D,lx-5,l-end:l-video,i-v.mp4,leo-5,l-end");
    }

    @Test
    void parserKeepsOnlyOrigTrueAndSaysSo() {
        ParseResult result = parser.parseWithNotices("w-100:orig-true,q-50");

        assertThat(result.transformation().toString()).isEqualTo("orig-true");
        assertThat(result.notices()).singleElement().asString().contains("every other parameter is ignored");
        assertThat(parser.parseWithNotices("orig-true").notices()).isEmpty();
    }

    @Test
    void noticesAreNotPartOfEquality() {
        assertThat(parser.parse("w-100,h-100,ar-4-3")).isEqualTo(parser.parse("h-100,w-100"));
    }

    @Test
    void stepGivesTypedParametersToThePlanner() {
        Step step = parser.parse("w-0.5,q-60,ar-4-3,bg-FF000050,rt-N40").steps().get(0);

        assertThat(step.param(Key.W, Value.Num.class)).contains(Value.Num.of(0.5));
        assertThat(step.param(Key.Q)).contains(Value.Num.of(60));
        assertThat(step.param(Key.RT, Value.Num.class).map(Value.Num::value)).contains(-40.0);
        assertThat(step.param(Key.AR, Value.Ratio.class).orElseThrow().value()).isCloseTo(4.0 / 3, within(1e-12));
        Color bg = step.param(Key.BG, Color.class).orElseThrow();
        assertThat(bg.rgb()).isEqualTo(0xFF0000);
        assertThat(bg.opacity()).hasValue(50);
        assertThat(step.param(Key.H)).isEmpty();
        assertThat(step.param(Key.W, Expression.class)).isEmpty();
    }

    @Test
    void colourNamesKnowTheirRgb() {
        Color navy = parser.parse("bg-navy").steps().get(0).param(Key.BG, Color.class).orElseThrow();

        assertThat(navy.isNamed()).isTrue();
        assertThat(navy.rgb()).isEqualTo(0x000080);
        assertThat(navy.opacity()).isEmpty();
        assertThat(ColorNames.count()).isEqualTo(148);
    }

    @Test
    void layerInputsAreHeldDecoded() {
        Operation.Layer text = parser.parse("l-text,ie-SGVsbG8gV29ybGQ%3D,l-end").steps().get(0).layers().get(0);
        Operation.Layer image = parser.parse("l-image,i-@@path@@to@@logo.png,l-end").steps().get(0).layers().get(0);
        Operation.Layer plain = parser.parse("l-text,i-50%25%20off,l-end").steps().get(0).layers().get(0);

        assertThat(text.input()).contains(new Value.Text("Hello World", Value.Text.Encoding.BASE64));
        assertThat(image.input()).contains(new Value.Path("path/to/logo.png"));
        assertThat(plain.input()).contains(new Value.Text("50% off", Value.Text.Encoding.PLAIN));
        assertThat(text.type()).isEqualTo(LayerType.TEXT);
    }

    @Test
    void conditionalKeepsBothBranches() {
        Operation.Conditional block = parser.parse("if-w_gt_400,w-400:q-80,if-else,bl-5,if-end")
                .steps().get(0).conditional().orElseThrow();

        assertThat(block.whenTrue()).hasSize(2);
        assertThat(block.whenFalse()).containsExactly(Step.of(Operation.Param.of(Key.BL, Value.Num.of(5))));
        assertThat(block.condition().test(ExpressionContext.ofImage(500, 100))).isTrue();
    }

    @Test
    void parserWithoutLookupKeepsNamedReference() {
        Transformation t = parser.parse("n-thumb:rt-90");

        assertThat(t.steps().get(0).param(Key.N)).contains(new Value.Word("thumb"));
        assertThat(t.toString()).isEqualTo("n-thumb:rt-90");
    }

    @Test
    void modelBuiltInCodeFormatsLikeParsedText() {
        Transformation built = Transformation.of(
                Step.of(Operation.Param.of(Key.H, Value.Num.of(300)), Operation.Param.of(Key.W, Value.Num.of(400))),
                Step.of(Operation.Param.of(Key.RT, Value.Num.of(-90))));

        assertThat(built.toString()).isEqualTo("w-400,h-300:rt-N90");
        assertThat(parser.parse(built.toString())).isEqualTo(built);
        assertThat(TransformationFormatter.format(built)).isEqualTo(built.toString());
        assertThat(built.steps()).isEqualTo(List.copyOf(built.steps()));
    }
}

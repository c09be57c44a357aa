package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.transform.Transformation;
import org.junit.jupiter.api.Test;

/** What the planner leaves to the renderer is listed by name, so it can be refused by name. */
class PlannerUnplannedTest {

    private static Plan plan(String t) {
        return new Planner().plan(Transformation.parse(t), Source.of(1000, 667));
    }

    private static void assertUnplanned(String t, String parameter, String why) {
        assertThat(plan(t).unplanned()).as(t).anySatisfy(n -> {
            assertThat(n.parameter()).isEqualTo(parameter);
            assertThat(n.reason()).contains(why);
        });
    }

    @Test
    void effectsAreListedAndDoNotChangeTheGeometry() {
        Plan plan = plan("w-400,e-grayscale,bl-10");
        assertThat(plan.describeOps()).isEqualTo("resize 400x267");
        assertThat(plan.unplanned()).extracting(Notice::parameter).containsExactly("bl-10", "e-grayscale");
        assertUnplanned("e-sharpen", "e-sharpen", "an effect, not geometry");
    }

    @Test
    void aiFeaturesAreListed() {
        assertUnplanned("e-bgremove", "e-bgremove", "AI feature");
        assertUnplanned("e-upscale", "e-upscale", "AI feature");
    }

    @Test
    void layersAreListedByType() {
        Plan plan = plan("w-400,l-text,i-Hello,l-end");
        assertThat(plan.describeOps()).isEqualTo("resize 400x267");
        assertUnplanned("w-400,l-text,i-Hello,l-end", "l-text", "layers are composited by the renderer");
    }

    @Test
    void videoKeysAreListed() {
        assertUnplanned("so-5", "so-5", "video only");
    }

    @Test
    void namedTransformationsMustBeExpandedFirst() {
        assertUnplanned("n-thumb", "n-thumb", "must be expanded");
    }

    @Test
    void trimCannotBeSizedBeforeThePixels() {
        assertUnplanned("t-true", "t-true", "depends on the pixels");
    }

    @Test
    void sourceChoosingKeysAreListed() {
        assertUnplanned("pg-2", "pg-2", "chooses the source");
    }

    @Test
    void aBackgroundThatIsNotAColourIsListed() {
        Plan plan = plan("w-400,h-400,cm-pad_resize,bg-blurred");
        assertThat(plan.describeOps()).endsWith("bg 000000");
        assertUnplanned("w-400,h-400,cm-pad_resize,bg-blurred", "bg-blurred", "only a plain colour background");
    }

    @Test
    void aBackgroundWithNothingToPadIsListed() {
        assertUnplanned("w-400,bg-FF0000", "bg-FF0000", "filling transparent areas is not planned");
        assertUnplanned("rt-90,bg-FF0000", "bg-FF0000", "filling transparent areas is not planned");
    }

    @Test
    void geometryAndOutputParametersAreNeverUnplanned() {
        assertThat(plan("w-400,h-300,c-at_max,fo-top,rt-45,bg-FF0000,fl-h,q-80,f-png,pr-true,lo-true,md-true,cp-true")
                .unplanned()).isEmpty();
    }
}

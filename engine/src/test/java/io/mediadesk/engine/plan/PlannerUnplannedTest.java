package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.transform.Transformation;
import org.junit.jupiter.api.Test;

/** What the planner does not plan is listed by name and kind, so the renderer can refuse it by name. */
class PlannerUnplannedTest {

    private static Plan plan(String t) {
        return new Planner().plan(Transformation.parse(t), Source.of(1000, 667));
    }

    private static void assertUnplanned(String t, String parameter, String why) {
        assertUnplanned(t, parameter, Support.NOT_YET, why);
    }

    private static void assertUnplanned(String t, String parameter, Support support, String why) {
        assertThat(plan(t).unplanned()).as(t).anySatisfy(n -> {
            assertThat(n.parameter()).isEqualTo(parameter);
            assertThat(n.support()).isEqualTo(support);
            assertThat(n.reason()).contains(why);
        });
    }

    @Test
    void renderedEffectsArePlannedAfterTheGeometry() {
        Plan plan = plan("w-400,e-grayscale,bl-10");
        assertThat(plan.describeOps()).isEqualTo("resize 400x267 | e-grayscale | bl-10");
        assertThat(plan.unplanned()).isEmpty();
    }

    @Test
    void aiFeaturesAreHostedOnly() {
        assertUnplanned("e-bgremove", "e-bgremove", Support.HOSTED_ONLY, "AI feature");
        assertUnplanned("e-upscale", "e-upscale", Support.HOSTED_ONLY, "AI feature");
        assertUnplanned("w-400,h-400,cm-pad_resize,bg-genfill", "bg-genfill", Support.HOSTED_ONLY, "AI feature");
    }

    @Test
    void arcDistortionIsNotRenderedYet() {
        assertUnplanned("e-distort-a-45", "e-distort-a-45", "documents only the arc's angle");
        assertThat(plan("e-distort-p-10_10_990_0_1000_667_0_600").unplanned()).isEmpty();
    }

    @Test
    void layersArePlannedAsOverlaysAtTheEndOfTheirStep() {
        Plan plan = plan("w-400,e-grayscale,l-text,i-Hello,l-end:h-100");
        assertThat(plan.describeOps()).isEqualTo("resize 400x267 | e-grayscale | layer l-text,i-Hello,l-end | resize 150x100");
        assertThat(plan.unplanned()).isEmpty();
    }

    @Test
    void whatALayerCannotRenderIsListedWithItsPath() {
        assertUnplanned("w-400,l-video,i-clip.mp4,l-end", "l-video", Support.HOSTED_ONLY, "video");
        assertUnplanned("l-image,i-a.png,l-image,i-b.png,e-bgremove,l-end,l-end", "l-image > l-image > e-bgremove",
                Support.HOSTED_ONLY, "AI feature");
        assertUnplanned("l-image,i-a.png,lm-displace,l-end", "l-image > lm-displace", Support.NOT_YET, "displacement");
    }

    @Test
    void videoKeysAreListed() {
        assertUnplanned("so-5", "so-5", Support.HOSTED_ONLY, "video only");
    }

    @Test
    void namedTransformationsMustBeExpandedFirst() {
        assertUnplanned("n-thumb", "n-thumb", "must be expanded");
    }

    @Test
    void trimIsPlannedUnresolvedUntilTheRendererFindsItsBox() {
        Plan plan = plan("t-true,w-400");
        assertThat(plan.unplanned()).isEmpty();
        assertThat(plan.resolved()).isFalse();
        assertThat(plan.describeOps()).isEqualTo("trim 10 | resize 400x267");
    }

    @Test
    void aFoundTrimBoxIsPlannedOnAndLaterOpsFollowIt() {
        // GEOMETRY.md rule 13: 100x80 with a 10 px frame; the box 10,10 80x60 -> w-40 gives 40x30
        Transformation t = Transformation.parse("t-true,w-40:b-cw_div_10_FF0000");
        Plan unresolved = new Planner().plan(t, Source.of(100, 80));
        assertThat(unresolved.describeOps()).isEqualTo("trim 10 | resize 40x32 | border 4 FF0000");
        Plan resolved = new Planner().plan(t, Source.of(100, 80), java.util.List.of(new Source.Box(10, 10, 80, 60)));
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.describeOps()).isEqualTo("trim 10 10,10 80x60 | resize 40x30 | border 4 FF0000");
        assertThat(resolved.size()).isEqualTo(Size.of(48, 38));
    }

    @Test
    void sourceChoosingKeysAreListed() {
        assertUnplanned("di-default.jpg", "di-default.jpg", "chooses the source");
    }

    @Test
    void aFrameNumberIsPlannedAndPageListsAreNotRenderedYet() {
        assertThat(plan("w-10,pg-2").output().page()).hasValue(2);
        assertThat(plan("w-10,pg-2").unplanned()).isEmpty();
        assertUnplanned("pg-1_3", "pg-1_3", "PDF/PSD");
        assertUnplanned("pg-2-4", "pg-2-4", "PDF/PSD");
    }

    @Test
    void aBackgroundFromThePixelsIsPlannedIntoThePad() {
        Plan plan = plan("w-400,h-400,cm-pad_resize,bg-blurred_20_N50");
        assertThat(plan.describeOps()).endsWith("pad 400x400 at 0,66 bg blurred_20_N50");
        assertThat(plan.unplanned()).isEmpty();
    }

    @Test
    void aBackgroundThatIsNotAColourCannotFillRotationCorners() {
        assertUnplanned("rt-45,bg-dominant", "bg-dominant", "only a plain colour fills the corners");
    }

    @Test
    void aBackgroundWithNothingToPadFillsWhatIsTransparent() {
        assertThat(plan("w-400,bg-FF0000").describeOps()).isEqualTo("resize 400x267 | fill FF0000");
        assertThat(plan("rt-90,bg-FF0000").describeOps()).isEqualTo("rotate 90 667x1000 | fill FF0000");
        assertThat(plan("w-400,bg-dominant").notices()).anySatisfy(n -> assertThat(n.reason()).contains("nothing in this step is padded"));
    }

    @Test
    void geometryAndOutputParametersAreNeverUnplanned() {
        assertThat(plan("w-400,h-300,c-at_max,fo-top,rt-45,bg-FF0000,fl-h,q-80,f-png,pr-true,lo-true,md-true,cp-true")
                .unplanned()).isEmpty();
    }
}

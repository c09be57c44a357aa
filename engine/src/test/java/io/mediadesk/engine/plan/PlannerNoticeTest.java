package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.transform.Transformation;
import org.junit.jupiter.api.Test;

/** One test per notice: every ignored parameter is reported, naming itself and why. */
class PlannerNoticeTest {
    private static final Source PHOTO = Source.of(1000, 667);

    private static Plan plan(String t) {
        return new Planner().plan(Transformation.parse(t), PHOTO);
    }

    private static void assertNotice(String t, String parameter, String why) {
        Plan plan = plan(t);
        assertThat(plan.notices()).as(t).anySatisfy(n -> {
            assertThat(n.parameter()).isEqualTo(parameter);
            assertThat(n.reason()).contains(why);
        });
    }

    @Test
    void plainPlanHasNoNotices() {
        assertThat(plan("w-400,h-300,fo-top").notices()).isEmpty();
    }

    @Test
    void dprOutsideOneTo5000PixelsIsIgnored() {
        assertNotice("w-2000,dpr-5", "dpr-5", "above 5000 px");
        assertNotice("w-4,dpr-0.1", "dpr-0.1", "below 1 px");
    }

    @Test
    void dprWithoutASizeIsIgnored() {
        assertNotice("dpr-2", "dpr-2", "needs w or h");
    }

    @Test
    void dprAutoIsIgnoredWithoutClientHints() {
        assertNotice("w-300,dpr-auto", "dpr-auto", "Sec-CH-DPR");
    }

    @Test
    void widthAutoIsIgnoredWithoutClientHints() {
        Plan plan = plan("w-auto");
        assertThat(plan.size()).isEqualTo(Size.of(1000, 667));
        assertNotice("w-auto", "w-auto", "Sec-CH-Width");
    }

    @Test
    void anExpressionAbove65535IsIgnoredLikeALiteral() {
        assertNotice("w-iw_mul_100", "w-iw_mul_100", "above 65535");
    }

    @Test
    void ratioWithoutWidthOrHeightIsIgnored() {
        assertNotice("ar-4-3", "ar-4-3", "exactly one of w and h");
    }

    @Test
    void cropIsIgnoredWhenACropModeIsGiven() {
        assertNotice("w-400,h-300,c-force,cm-extract", "c-force", "cm-extract decides");
    }

    @Test
    void smartFocusDoesNotPlacePadding() {
        assertNotice("w-400,h-400,cm-pad_resize,fo-auto", "fo-auto", "does not place padding");
    }

    @Test
    void rotateAutoAddsNothingBecauseOrientationComesFirst() {
        assertNotice("rt-auto", "rt-auto", "EXIF orientation is always applied first");
    }

    @Test
    void focusIsIgnoredWhenNothingIsCroppedOrPadded() {
        assertNotice("w-400,fo-top", "fo-top", "nothing is cropped or padded");
        assertNotice("w-400,h-300,c-at_max,fo-face", "fo-face", "nothing is cropped or padded");
    }

    @Test
    void zoomIsIgnoredWithoutAFaceOrObjectCrop() {
        assertNotice("w-400,h-300,fo-auto,z-2", "z-2", "fo-face or an object");
        assertNotice("w-400,z-2", "z-2", "fo-face or an object");
    }

    @Test
    void coordinatesAreIgnoredOutsideExtract() {
        assertNotice("w-400,h-300,x-10", "x-10", "only the region of cm-extract");
        assertNotice("w-400,h-300,c-force,yc-10", "yc-10", "only the region of cm-extract");
    }

    @Test
    void anExtractRegionLargerThanTheImageIsClamped() {
        assertNotice("w-2000,h-300,cm-extract", "cm-extract", "cropped to 1000x300");
    }

    @Test
    void smartFocusIsIgnoredWhenCoordinatesPositionTheRegion() {
        assertNotice("w-400,h-300,cm-extract,fo-auto,x-10", "fo-auto", "x, y, xc or yc position the region");
    }

    @Test
    void coordinatesOnAPaddedAxisAreIgnored() {
        assertNotice("w-1200,h-300,cm-pad_extract,xc-10", "xc-10", "kept whole and placed in the padding");
    }

    @Test
    void aCornerThatWouldOverflowIsMovedInside() {
        assertNotice("w-400,h-300,cm-extract,x-700", "x-700", "moved to 600");
    }

    @Test
    void aLaterOutputParameterReplacesAnEarlierOne() {
        Plan plan = plan("w-400,q-50:q-90");
        assertThat(plan.output().quality()).hasValue(90);
        assertNotice("w-400,q-50:q-90", "q-90", "the last wins");
    }

    @Test
    void origFalseChangesNothing() {
        Plan plan = plan("orig-false,w-400");
        assertThat(plan.original()).isFalse();
        assertNotice("orig-false,w-400", "orig-false", "only orig-true");
    }

    @Test
    void noticesCountExecutedSteps() {
        Plan plan = plan("w-400:if-w_lt_500,ar-4-3,if-end");
        assertThat(plan.notices()).singleElement().satisfies(n -> {
            assertThat(n.step()).isEqualTo(2);
            assertThat(n.toString()).isEqualTo("step 2: ar-4-3: ignored: ar needs exactly one of w and h in the same step");
        });
    }
}

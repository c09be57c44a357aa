package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.transform.Condition;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API around the golden tables: limits, output spec, sources, the original, errors. */
class PlannerTest {
    private static final Source PHOTO = Source.of(1000, 667);

    private static Plan plan(String t, Source source) {
        return new Planner().plan(Transformation.parse(t), source);
    }

    @Test
    void plannerPlansTheDocumentedExample() {
        Plan plan = new Planner().plan(Transformation.parse("w-400,h-300"), Source.of(1000, 667));
        assertThat(plan.ops()).containsExactly(new PlanOp.Resize(450, 300), new PlanOp.Crop(25, 0, 400, 300));
        assertThat(plan.describeOps()).isEqualTo("resize 450x300 | crop 25,0 400x300");
        assertThat(plan.size()).isEqualTo(Size.of(400, 300));
        assertThat(plan.toString()).isEqualTo("resize 450x300 | crop 25,0 400x300 => 400x300");
    }

    @Test
    void plannerTakesTheMaximumSideFromTheCaller() {
        assertThat(new Planner(400).plan(Transformation.parse("w-400"), PHOTO).width()).isEqualTo(400);
        assertThatThrownBy(() -> new Planner(399).plan(Transformation.parse("w-400"), PHOTO))
                .isInstanceOf(PlanningException.class)
                .hasMessage("w-400: makes a 400x267 image; the largest side allowed is 399 px");
        assertThat(Planner.from(Limits.DEFAULT).plan(Transformation.parse("w-8192"), PHOTO).width()).isEqualTo(8192);
        assertThatIllegalArgumentException().isThrownBy(() -> new Planner(0));
    }

    @Test
    void plannerCapsWebpOutputAt16383() {
        Planner big = new Planner(30000);
        assertThat(big.plan(Transformation.parse("w-16383,f-webp"), Source.of(16383, 10)).width()).isEqualTo(16383);
        assertThat(big.plan(Transformation.parse("w-16384,f-png"), Source.of(16383, 10)).width()).isEqualTo(16384);
        assertThatThrownBy(() -> big.plan(Transformation.parse("w-16384,f-webp"), Source.of(16383, 10)))
                .isInstanceOf(PlanningException.class).hasMessageContaining("16383 px (WebP output)");
    }

    @Test
    void plannerRefusesAnUnchangedSourceAboveTheLimit() {
        assertThatThrownBy(() -> plan("q-80", Source.of(10000, 100)))
                .isInstanceOf(PlanningException.class)
                .extracting(e -> ((PlanningException) e).parameter()).isEqualTo("source");
        assertThat(plan("w-500", Source.of(10000, 100)).size()).isEqualTo(Size.of(500, 5));
    }

    @Test
    void plannerChecksIntermediateCanvasesToo() {
        assertThatThrownBy(() -> plan("w-9000:w-100", PHOTO))
                .isInstanceOf(PlanningException.class).hasMessageStartingWith("w-9000:");
    }

    @Test
    void plannerRefusesMoreThanFiftyExecutedSteps() {
        Condition always = Condition.parse("w_gt_0");
        Step one = Step.of(Operation.Param.of(Key.Q, Value.Num.of(80)));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            steps.add(Step.of(new Operation.Conditional(always, List.of(one, one), List.of())));
        }
        assertThat(new Planner().plan(new Transformation(steps), PHOTO).size()).isEqualTo(Size.of(1000, 667));
        steps.add(Step.of(new Operation.Conditional(always, List.of(one), List.of())));
        assertThatThrownBy(() -> new Planner().plan(new Transformation(steps), PHOTO))
                .isInstanceOf(PlanningException.class).hasMessageContaining("at most 50 steps");
    }

    @Test
    void origTrueIsTheEmptyPlanOfTheStoredBytes() {
        Plan plan = plan("orig-true", Source.of(1000, 667, 6));
        assertThat(plan.original()).isTrue();
        assertThat(plan.ops()).isEmpty();
        assertThat(plan.size()).isEqualTo(Size.of(1000, 667));
        assertThat(plan.output()).isEqualTo(OutputSpec.DEFAULT);
    }

    @Test
    void outputParametersGoToTheOutputSpecNotTheOps() {
        Plan plan = plan("w-400,q-75,f-webp,pr-true,lo-true,md-true,cp-true", PHOTO);
        assertThat(plan.ops()).containsExactly(new PlanOp.Resize(400, 267));
        OutputSpec out = plan.output();
        assertThat(out.format()).hasValue("webp");
        assertThat(out.isWebp()).isTrue();
        assertThat(out.quality()).hasValue(75);
        assertThat(out.progressive() && out.lossless() && out.metadata() && out.colourProfile()).isTrue();
        assertThat(plan("w-400", PHOTO).output()).isEqualTo(OutputSpec.DEFAULT);
    }

    @Test
    void planningErrorsAreEngineErrorsNamingTheParameter() {
        assertThatThrownBy(() -> plan("w-400,h-300,cm-extract,xc-100", PHOTO))
                .isInstanceOf(EngineException.class)
                .hasMessage("xc-100: a region 400 px wide centred there reaches outside the 1000 px image, so the crop fails");
        assertThatThrownBy(() -> plan("w-400,ar-iw_sub_iw", PHOTO))
                .isInstanceOf(PlanningException.class).hasMessageContaining("ar-iw_sub_iw");
        assertThatThrownBy(() -> plan("w-iw_div_0", PHOTO))
                .isInstanceOf(PlanningException.class).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> plan("w-400,h-300,cm-extract,x-iw_mod_0", PHOTO))
                .isInstanceOf(PlanningException.class).hasMessageStartingWith("x-iw_mod_0");
        assertThatThrownBy(() -> plan("w-400,h-300,fo-custom", PHOTO))
                .isInstanceOf(PlanningException.class).hasMessage("fo-custom: this asset has no custom coordinates to focus on");
    }

    @Test
    void sourceChecksItsValuesAndOrientsItsSize() {
        assertThat(Source.of(1000, 667, 6).oriented()).isEqualTo(Size.of(667, 1000));
        assertThat(Source.of(1000, 667, 4).oriented()).isEqualTo(Size.of(1000, 667));
        assertThatIllegalArgumentException().isThrownBy(() -> Source.of(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> Source.of(10, 10, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> Source.of(10, 10).withCustom(-1, 0, 5, 5));
        assertThat(Source.of(10, 10).withCustom(1, 2, 3, 4).custom()).contains(new Source.Box(1, 2, 3, 4));
    }

    @Test
    void opsDescribeAndSizeThemselves() {
        Size in = Size.of(30, 20);
        assertThat(new PlanOp.Orient(8).after(in)).isEqualTo(Size.of(20, 30));
        assertThat(new PlanOp.Flip(true, false).after(in)).isEqualTo(in);
        assertThat(new PlanOp.SmartCrop(5, 5, new Focus("face", 1.5)).toString()).isEqualTo("smartcrop 5x5 face z1.5");
        assertThat(new PlanOp.Rotate(-22.5, 30, 30, java.util.Optional.empty()).toString()).isEqualTo("rotate -22.5 30x30");
        assertThat(Focus.of("auto").isAuto()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new Focus("face", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Size.of(0, 1));
    }
}

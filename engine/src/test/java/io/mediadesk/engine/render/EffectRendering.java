package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;

/** Renders a transformation on an in-memory image the way the renderer does: plan, then stages (with trims). */
final class EffectRendering {
    private EffectRendering() {
    }

    static BufferedImage render(String transformation, BufferedImage image) {
        return render(transformation, image, 1);
    }

    static BufferedImage render(String transformation, BufferedImage image, int parallelism) {
        Transformation t = Transformation.parse(transformation);
        Source source = Source.of(image.getWidth(), image.getHeight());
        Planner planner = new Planner();
        Plan plan = planner.plan(t, source);
        Renderer.refuseUnplanned(plan);
        return PlanStages.run(plan, trims -> planner.plan(t, source, trims), image, parallelism, notice -> { })
                .image();
    }
}

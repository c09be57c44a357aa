package io.mediadesk.engine.plan;

import java.math.BigDecimal;

/**
 * What a {@link PlanOp.SmartCrop} looks for in the pixels: {@code auto} (salient region),
 * {@code face}, or a COCO object name such as {@code dog}. {@code zoom} is the {@code z}
 * parameter (1 unless given with a face or object focus).
 */
public record Focus(String target, double zoom) {

    public Focus {
        if (target == null || target.isEmpty()) {
            throw new IllegalArgumentException("a focus needs a target");
        }
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive, got " + zoom);
        }
    }

    public static Focus of(String target) {
        return new Focus(target, 1);
    }

    public boolean isAuto() {
        return target.equals("auto");
    }

    @Override
    public String toString() {
        return zoom == 1 ? target : target + " z" + BigDecimal.valueOf(zoom).stripTrailingZeros().toPlainString();
    }
}

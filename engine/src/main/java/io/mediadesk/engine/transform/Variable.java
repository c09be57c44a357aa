package io.mediadesk.engine.transform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The variables of spec 7.5; the {@code b*} ones name the parent image and exist only in layers. */
public enum Variable implements Expression.Term {
    IW(ExpressionContext::iw), IH(ExpressionContext::ih), IAR(c -> c.iw() / c.ih()),
    CW(ExpressionContext::cw), CH(ExpressionContext::ch), CAR(c -> c.cw() / c.ch()),
    BW(ExpressionContext::bw), BH(ExpressionContext::bh), BAR(c -> c.bw() / c.bh()),
    IDU(ExpressionContext::idu), BDU(ExpressionContext::bdu);

    private final ToDoubleFunction<ExpressionContext> read;

    Variable(ToDoubleFunction<ExpressionContext> read) {
        this.read = read;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the variable refers to the base image, which only a layer has. */
    public boolean baseOnly() {
        return this == BW || this == BH || this == BAR || this == BDU;
    }

    static Optional<Variable> find(String token) {
        return Arrays.stream(values()).filter(v -> v.token().equals(token)).findFirst();
    }

    double value(ExpressionContext context) {
        double value = read.applyAsDouble(context);
        if (Double.isNaN(value)) {
            throw new InvalidTransformationException(token(), -1,
                    token() + " is not known for this asset (durations exist only for videos)");
        }
        return value;
    }

    @Override
    public String toString() {
        return token();
    }
}

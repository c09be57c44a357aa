package io.mediadesk.engine.transform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Arithmetic operators of spec 7.5. {@link #tier()} is the documented evaluation order: tier 0
 * (mul, div) is evaluated first over the whole expression, then tier 1 (add, sub), then mod, then
 * pow, each left to right. So pow binds loosest: {@code 2_pow_3_mod_5} is 2^(3 mod 5) = 8.
 */
public enum Operator {
    MUL(0), DIV(0), ADD(1), SUB(1), MOD(2), POW(3);

    static final int TIERS = 4;
    private final int tier;

    Operator(int tier) {
        this.tier = tier;
    }

    public int tier() {
        return tier;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Operator> find(String token) {
        return Arrays.stream(values()).filter(o -> o.token().equals(token)).findFirst();
    }

    double apply(double left, double right, Expression where) {
        return switch (this) {
            case MUL -> left * right;
            case DIV -> left / nonZero(right, where);
            case ADD -> left + right;
            case SUB -> left - right;
            case MOD -> left % nonZero(right, where);
            case POW -> Math.pow(left, right);
        };
    }

    private double nonZero(double divisor, Expression where) {
        if (divisor == 0) {
            throw new InvalidTransformationException(where.toString(), -1,
                    "division by zero in " + where + " (" + token() + " by 0)");
        }
        return divisor;
    }

    @Override
    public String toString() {
        return token();
    }
}

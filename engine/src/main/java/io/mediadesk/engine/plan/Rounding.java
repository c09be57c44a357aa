package io.mediadesk.engine.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * THE rounding rule of the planner, in one place: the exact value rounded half up
 * ({@code floor(x + 1/2)}), and for sizes at least 1. Every pixel count and offset the planner
 * computes goes through {@link #nearest(BigInteger, BigInteger)}, so "off by one" has one home.
 *
 * <p>Why exact: a dependent side such as {@code h = ch * w / cw} is computed from integers as
 * {@code (2 ch w + cw) / (2 cw)}, never through a float chain that may land on 266.49999 instead
 * of 266.5. Literal decimals ({@code w-0.15}, {@code dpr-1.5}, {@code ar-1.5-1}) are taken as the
 * decimals written. Only expression results are doubles; they are snapped to 6 decimals first
 * (as {@code RotatedBounds} does) so that float noise cannot move a value across .5.
 */
final class Rounding {
    private static final BigInteger TWO = BigInteger.TWO;

    private Rounding() {
    }

    /** {@code floor(n / d + 1/2)} exactly, for {@code d > 0}; may be zero or negative. */
    static long nearest(BigInteger n, BigInteger d) {
        if (d.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + d);
        }
        BigInteger[] qr = n.multiply(TWO).add(d).divideAndRemainder(d.multiply(TWO));
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]; // floor, not truncation
        return q.min(BigInteger.valueOf(Integer.MAX_VALUE)).max(BigInteger.valueOf(Integer.MIN_VALUE)).longValue();
    }

    /** A size {@code n / d}: rounded half up, at least 1. */
    static int size(long n, long d) {
        return (int) Math.max(1, nearest(BigInteger.valueOf(n), BigInteger.valueOf(d)));
    }

    /** A size from an exact decimal: rounded half up, at least 1. */
    static int size(BigDecimal exact) {
        return (int) Math.max(1, nearest(exact));
    }

    /** {@code floor(x + 1/2)} of an exact decimal, without the minimum of 1 (for offsets and checks). */
    static long nearest(BigDecimal exact) {
        BigDecimal x = exact.scale() < 0 ? exact.setScale(0, RoundingMode.UNNECESSARY) : exact;
        return nearest(x.unscaledValue(), BigInteger.TEN.pow(x.scale()));
    }

    /** A size {@code a * b / c} of exact decimals: rounded half up, at least 1. */
    static int size(BigDecimal a, BigDecimal b, BigDecimal c) {
        BigDecimal num = a.multiply(b);
        int scale = Math.max(Math.max(num.scale(), c.scale()), 0);
        return (int) Math.max(1, nearest(num.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue(),
                c.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue()));
    }

    /** The exact decimal a double stands for after snapping away float noise (6 decimals). */
    static BigDecimal snapped(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The decimal as written in the URL: {@code 0.15}, not its binary approximation. */
    static BigDecimal written(double literal) {
        return BigDecimal.valueOf(literal);
    }
}

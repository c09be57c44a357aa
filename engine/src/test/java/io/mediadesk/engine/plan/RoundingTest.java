package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The one rounding rule: half up of the exact value; sizes at least 1. */
class RoundingTest {

    @Test
    void halvesRoundUpAndTheRestToNearest() {
        assertThat(Rounding.size(999 * 500, 1000)).isEqualTo(500);   // 499.5
        assertThat(Rounding.size(667 * 400, 1000)).isEqualTo(267);   // 266.8
        assertThat(Rounding.size(500 * 100, 333)).isEqualTo(150);    // 150.15
        assertThat(Rounding.size(1001 * 500, 1000)).isEqualTo(501);  // 500.5
    }

    @Test
    void sizesAreAtLeastOne() {
        assertThat(Rounding.size(2, 3)).isEqualTo(1);
        assertThat(Rounding.size(1, 4)).isEqualTo(1);
        assertThat(Rounding.size(new BigDecimal("0.2"))).isEqualTo(1);
    }

    @Test
    void nearestFloorsNegativeHalvesTowardsPlusInfinity() {
        assertThat(Rounding.nearest(new BigDecimal("-1.5"))).isEqualTo(-1);
        assertThat(Rounding.nearest(new BigDecimal("-1.6"))).isEqualTo(-2);
        assertThat(Rounding.nearest(new BigDecimal("0.49"))).isZero();
        assertThat(Rounding.nearest(BigInteger.valueOf(7), BigInteger.TWO)).isEqualTo(4);
    }

    @Test
    void writtenDecimalsAreExactAndExpressionNoiseIsSnapped() {
        assertThat(Rounding.size(Rounding.written(0.15).multiply(BigDecimal.TEN))).isEqualTo(2); // 1.5
        assertThat(Rounding.snapped(166.49999999999997)).isEqualByComparingTo("166.5");
        assertThat(Rounding.size(BigDecimal.valueOf(300), new BigDecimal("1"), new BigDecimal("1.5"))).isEqualTo(200);
        assertThat(Rounding.size(new BigDecimal("1E+2"))).isEqualTo(100);
    }
}

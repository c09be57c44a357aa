package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed cases for the documented evaluation order: all mul/div left to right, then
 * add/sub, then mod, then pow. Context: iw=100 ih=50 (iar 2), cw=80 ch=20 (car 4),
 * bw=300 bh=100 (bar 3), idu=10 bdu=30.
 */
class ExpressionTest {
    private static final ExpressionContext CONTEXT = new ExpressionContext(100, 50, 80, 20, 300, 100, 10, 30);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            iw                              | 100    | a bare variable
            iw_add_10_mul_2                 | 120    | 10*2=20 first, then 100+20
            2_pow_3_mod_5                   | 8      | 3 mod 5=3 first, then 2^3
            ih_sub_iw_mod_3                 | -2     | 50-100=-50, then -50 mod 3 = -2 (sign of dividend)
            iw_div_4                        | 25     | 100/4
            iw_div_3_mul_3                  | 100    | (100/3)*3, left to right
            iw_sub_10_sub_20                | 70     | (100-10)-20
            iw_add_ih_mul_2                 | 200    | 50*2=100, then 100+100
            iw_mul_2_add_ih_mul_3           | 350    | 200 and 150 first, then 200+150
            10_mod_4_add_2                  | 4      | 4+2=6 first, then 10 mod 6
            10_add_4_mod_3                  | 2      | 10+4=14, then 14 mod 3
            2_pow_2_add_1                   | 8      | 2+1=3 first, then 2^3
            2_add_1_pow_2                   | 9      | 2+1=3, then 3^2
            2_pow_3_pow_2                   | 64     | pow left to right: (2^3)^2
            3_mul_2_pow_2                   | 36     | 3*2=6, then 6^2
            2_pow_2_mul_3                   | 64     | 2*3=6 first, then 2^6
            100_div_10_div_2                | 5      | (100/10)/2
            100_div_10_mul_2                | 20     | (100/10)*2
            2_mul_100_div_10                | 20     | (2*100)/10
            7_mod_4_mod_2                   | 1      | (7 mod 4) mod 2 = 3 mod 2
            20_mod_7_pow_2                  | 36     | 20 mod 7=6, then 6^2
            2_pow_20_mod_7                  | 64     | 20 mod 7=6 first, then 2^6
            iar                             | 2      | 100/50
            car                             | 4      | 80/20
            bar                             | 3      | 300/100
            cw_div_ch                       | 4      | 80/20
            bw_sub_bh_div_2                 | 250    | 100/2=50 first, then 300-50
            iw_mul_0.5                      | 50     | 100*0.5
            ih_add_iw_mod_7_pow_2           | 9      | 50+100=150, 150 mod 7=3, 3^2
            1_sub_5                         | -4     | results may be negative
            idu_mul_0.5                     | 5      | 10*0.5
            bdu_sub_idu                     | 20     | 30-10
            iw_sub_ih_sub_ch_mul_2          | 10     | 20*2=40 first, then 100-50-40
            9_pow_0.5                       | 3      | square root
            5_add_5_div_5_mod_4_pow_2       | 4      | 5/5=1; 5+1=6; 6 mod 4=2; 2^2
            ch_mul_ch_div_cw_add_iar        | 7      | 20*20=400, 400/80=5, then 5+2
            iw_mod_30_add_ih_mod_7          | 6      | 30+50=80 first; then 100 mod 80 = 20, 20 mod 7 = 6
            """)
    void expressionFollowsDocumentedEvaluationOrder(String text, double expected, String workedByHand) {
        assertThat(Expression.parse(text, 0).evaluate(CONTEXT)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void divisionByZeroIsAClearError() {
        assertThatThrownBy(() -> Expression.parse("iw_div_0", 0).evaluate(CONTEXT))
                .isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("division by zero in iw_div_0");
        // sub runs before mod, so the divisor is ch-20 = 0
        assertThatThrownBy(() -> Expression.parse("10_mod_ch_sub_20", 0).evaluate(CONTEXT))
                .hasMessageContaining("division by zero");
    }

    @Test
    void durationsAreUnknownForStillImages() {
        assertThatThrownBy(() -> Expression.parse("idu_div_2", 0).evaluate(ExpressionContext.ofImage(10, 10)))
                .isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("idu is not known");
    }

    @Test
    void expressionWritesNormalisedNumbers() {
        assertThat(Expression.parse("iw_mul_0.50_add_010", 0)).hasToString("iw_mul_0.5_add_10");
    }

    @Test
    void expressionRejectsNegativeNumbersAndDanglingOperators() {
        assertThatThrownBy(() -> Expression.parse("iw_sub_N5", 7)).isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("position 7");
        assertThatThrownBy(() -> Expression.parse("iw_add", 0)).hasMessageContaining("\"add\" is not part");
    }

    @Test
    void expressionKnowsWhichVariablesItUses() {
        Expression e = Expression.parse("bw_div_2", 0);

        assertThat(e.uses(Variable.BW)).isTrue();
        assertThat(e.uses(Variable.IW)).isFalse();
        assertThat(e.isConstant()).isFalse();
    }
}

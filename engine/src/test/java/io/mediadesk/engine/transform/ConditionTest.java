package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Current image 800x600 (ar 4/3), original 1600x900 (iar 16/9). */
class ConditionTest {
    private static final ExpressionContext CONTEXT = ExpressionContext.of(1600, 900, 800, 600, 800, 600);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            w_eq_800                                  | true
            w_ne_800                                  | false
            w_gt_800                                  | false
            w_gte_800                                 | true
            h_lt_600                                  | false
            h_lte_600                                 | true
            ar_eq_4-3                                 | true
            ar_lt_4-3                                 | false
            iar_eq_16-9                               | true
            iar_gt_1.5                                | true
            iw_eq_1600_and_ih_eq_900                  | true
            iw_eq_1600_and_ih_eq_901                  | false
            w_gt_1000_or_h_gt_500                     | true
            h_gte_100_and_h_lte_400_or_ar_lt_4-3      | false
            w_gt_1000_and_h_gt_1_or_iw_gt_1000        | true
            w_gt_1_or_w_gt_1000_and_h_gt_1000         | true
            w_gt_1000_or_w_gt_1_and_h_gt_1000         | false
            """)
    void conditionBindsAndTighterThanOr(String text, boolean expected) {
        Condition condition = Condition.parse(text);

        assertThat(condition.test(CONTEXT)).isEqualTo(expected);
        assertThat(condition).hasToString(text);
    }
}

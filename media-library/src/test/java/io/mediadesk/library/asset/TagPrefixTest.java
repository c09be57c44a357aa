package io.mediadesk.library.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The completion rule and the index ranges it gives the stores; expectations written out by hand. */
class TagPrefixTest {

    @Test
    void caseIsFoldedOneCodePointAtATime() {
        assertThat(TagPrefix.of("sUM").matches("Summer")).isTrue();
        assertThat(TagPrefix.of("summ").matches("sum")).as("shorter than the prefix").isFalse();
        assertThat(TagPrefix.of("").matches("anything")).isTrue();
        assertThat(TagPrefix.of("ÉTÉ").matches("été-2024")).isTrue();
        assertThat(TagPrefix.of("\u212A").matches("kelvin")).as("KELVIN SIGN").isTrue();
        assertThat(TagPrefix.of("s").matches("\u017Fun")).as("LONG S upper-cases to S").isTrue();
        assertThat(TagPrefix.of("😀a").matches("😀A-b")).isTrue();
        assertThat(TagPrefix.of("c.").matches("cx")).isFalse();
    }

    @Test
    void literalsAreEveryCaseSpellingOfTheLeadingCodePointsThatFit() {
        assertThat(TagPrefix.of("ab").literals(16)).containsExactly("AB", "Ab", "aB", "ab");
        assertThat(TagPrefix.of("k").literals(16)).containsExactly("K", "k", "\u212A");
        assertThat(TagPrefix.of("1-x").literals(16)).containsExactly("1-X", "1-x");
        // s has three spellings (S, s and LONG S): 3 x 2 x 2 = 12 fit in 16, a fourth letter would make 24
        assertThat(TagPrefix.of("summer").literals(16)).hasSize(12).contains("sum", "SUM", "sUm", "\u017Fum")
                .allMatch(l -> l.length() == 3);
        assertThat(TagPrefix.of("ab").literals(3)).containsExactly("A", "a");
        assertThat(TagPrefix.of("").literals(16)).containsExactly("");
    }

    @Test
    void theUpperBoundIsTheNextStringInCodePointOrder() {
        assertThat(TagPrefix.upperBound("ab")).contains("ac");
        assertThat(TagPrefix.upperBound("a\uD7FF")).as("skips the surrogates").contains("a\uE000");
        assertThat(TagPrefix.upperBound("a" + Character.toString(Character.MAX_CODE_POINT))).contains("b");
        assertThat(TagPrefix.upperBound("")).isEmpty();
    }
}

package io.mediadesk.library.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void aTagIsTrimmedAndKeepsItsCase() {
        assertThat(Tag.of("  Summer Sale ").value()).isEqualTo("Summer Sale");
    }

    @Test
    void anEmptyOrBlankTagIsRefused() {
        assertThatThrownBy(() -> Tag.of("   ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Tag.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCommaIsRefusedBecauseTagsTravelCommaJoined() {
        assertThatThrownBy(() -> Tag.of("a,b")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("comma").extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("characters");
    }

    @Test
    void aPercentSignIsRefusedAsTheServiceDoes() {
        assertThatThrownBy(() -> Tag.of("50%")).isInstanceOf(InvalidValueException.class).hasMessageContaining("%");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> Tag.of("a\u0007b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTagOfFiveHundredCharactersIsTheLongestAllowed() {
        assertThat(Tag.of("x".repeat(500)).value()).hasSize(500);
        assertThatThrownBy(() -> Tag.of("x".repeat(501))).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("maxLength");
    }

    @Test
    void tagsOfOneAssetMayNotExceedFiveHundredCharactersJoinedWithCommas() {
        // 250 + 1 comma + 249 = 500: allowed; one more character is not.
        Tag.checkTotal(List.of(Tag.of("a".repeat(250)), Tag.of("b".repeat(249))));
        assertThatThrownBy(() -> Tag.checkTotal(List.of(Tag.of("a".repeat(250)), Tag.of("b".repeat(250)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("501");
    }

    @Test
    void unicodeTagsAreFine() {
        assertThat(Tag.of("été 2024").value()).isEqualTo("été 2024");
    }
}

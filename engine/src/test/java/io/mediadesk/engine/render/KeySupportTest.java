package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.plan.Support;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * THE table of what the local engine renders (golden/key-support.psv): every key of {@link Key}
 * with its status, checked against {@link Support} and by actually rendering or refusing a
 * transformation that uses it.
 */
class KeySupportTest {
    private static final Map<String, Support> STATUS = Map.of("rendered", Support.RENDERED,
            "hosted", Support.HOSTED_ONLY, "not-yet", Support.NOT_YET);

    @Test
    void theTableListsEveryKeyExactlyOnce() throws IOException {
        List<String> listed = rows().stream().map(r -> r[0]).toList();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(Key.values()).map(Key::shortKey).toList());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("arguments")
    void eachKeyIsRenderedOrRefusedAsTheTableSays(String key, String status, String sample) {
        Support support = STATUS.get(status);
        assertThat(Support.of(Key.find(key).orElseThrow())).isEqualTo(support);
        assertThat(Transformation.parse(sample).toString().split("[,:]")).as("the sample uses the key")
                .anyMatch(token -> token.equals(key) || token.startsWith(key + "-"));
        BufferedImage image = TestImages.numbered(40, 30, true);
        if (support == Support.RENDERED) {
            assertThat(EffectRendering.render(sample, image).getWidth()).isPositive();
        } else {
            assertThatThrownBy(() -> EffectRendering.render(sample, image))
                    .isInstanceOf(NotRenderableException.class).hasMessageContaining(support.phrase());
        }
    }

    @Test
    void hostedOnlyAndNotYetAreNamedApartInOneRefusal() {
        assertThatThrownBy(() -> EffectRendering.render("e-bgremove,e-distort-a-10", TestImages.numbered(4, 4, false)))
                .isInstanceOf(NotRenderableException.class)
                .hasMessageContaining("rendered by the hosted service only: e-bgremove (step 1")
                .hasMessageContaining("not rendered by the local engine yet: e-distort-a-10 (step 1");
    }

    @Test
    void layerValuesAndTypesThatCannotRenderAreRefusedByNameBeforeAnythingIsDecoded() {
        assertThatThrownBy(() -> EffectRendering.render("l-image,i-logo.png,lm-displace,l-end", TestImages.numbered(4, 4, false)))
                .isInstanceOf(NotRenderableException.class)
                .hasMessageContaining("not rendered by the local engine yet: l-image > lm-displace (step 1");
        assertThatThrownBy(() -> EffectRendering.render("l-video,i-clip.mp4,l-end", TestImages.numbered(4, 4, false)))
                .isInstanceOf(NotRenderableException.class)
                .hasMessageContaining("rendered by the hosted service only: l-video (step 1");
        assertThatThrownBy(() -> EffectRendering.render("w-3:l-image,i-logo.png,e-bgremove,l-end",
                TestImages.numbered(4, 4, false)))
                .isInstanceOf(NotRenderableException.class)
                .hasMessageContaining("rendered by the hosted service only: l-image > e-bgremove (step 2");
    }

    /**
     * THE table of values refused on their own (golden/value-support.psv): each is refused with
     * its status and the reason the table gives, e.g. {@code lm-displace} and {@code pg} lists.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("valueArguments")
    void eachValueRefusedOnItsOwnIsRefusedWithItsReason(String value, String status, String sample, String reason) {
        Support support = STATUS.get(status);
        assertThat(support).isNotEqualTo(Support.RENDERED);
        assertThatThrownBy(() -> EffectRendering.render(sample, TestImages.numbered(40, 30, true)))
                .isInstanceOf(NotRenderableException.class).hasMessageContaining(support.phrase())
                .hasMessageContaining(reason);
    }

    static Stream<Arguments> arguments() throws IOException {
        return rows().stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> valueArguments() throws IOException {
        return rows("/golden/value-support.psv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    private static List<String[]> rows() throws IOException {
        return rows("/golden/key-support.psv");
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = KeySupportTest.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new));
                }
            }
            return rows.stream().collect(Collectors.toList());
        }
    }
}

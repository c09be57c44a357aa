package io.mediadesk.sync.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.sync.url.DeliveryUrls;
import io.mediadesk.sync.url.TransformationPosition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The planner on its own: inputs to purge URLs, and the spec's wildcard rules with their reasons. */
class PurgePlannerTest {
    private static final String E = "https://ik.imagekit.io/demo";
    private final PurgePlanner planner = PurgePlanner.forEndpoint(DeliveryUrls.of(E));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/images/upload*            | ok",
        "/images/*                  | two levels",
        "/images*                   | two levels",
        "/sample.jpg*               | ok",
        "/a/b.jpg?tr=w-100          | ok",
        "/abcdefghijklmn*           | ok",
        "/abcdefghijklm*            | two levels",
        "/folder/*/x.jpg            | at the very end",
        "/a/b**                     | at the very end",
        "/media/catalog/*           | never allows",
        "/s/files/*                 | never allows",
        "/plain/file/without/star   | ok"})
    void theSpecsWildcardRules(String path, String expected) {
        PurgePlan plan = PurgePlanner.forEndpoint(DeliveryUrls.of(E)).url(E + path).plan();
        if (expected.equals("ok")) {
            assertThat(plan.urls()).containsExactly(E + path);
            assertThat(plan.clean()).isTrue();
        } else {
            assertThat(plan.urls()).isEmpty();
            assertThat(plan.rejections()).singleElement().satisfies(r -> {
                assertThat(r.input()).isEqualTo(E + path);
                assertThat(r.reason()).contains(expected);
            });
        }
    }

    @Test
    void withoutAnEndpointThePathIsMeasuredAfterTheImagekitId() {
        PurgePlan plan = PurgePlanner.withoutEndpoint().url(E + "/images*").url(E + "/images/upload*").plan();
        assertThat(plan.urls()).containsExactly(E + "/images/upload*");
        assertThat(plan.rejections()).extracting(PurgePlan.Rejection::input).containsExactly(E + "/images*");
    }

    @Test
    void urlsAreTrimmedDeduplicatedAndNonUrlsRefused() {
        PurgePlan plan = planner.url(" " + E + "/a.jpg\n").url(E + "/a.jpg").url("ftp://x/y.jpg").url("not a url").url("").plan();
        assertThat(plan.urls()).containsExactly(E + "/a.jpg");
        assertThat(plan.rejections()).extracting(PurgePlan.Rejection::reason)
                .containsExactly("not an absolute http(s) URL", "not an absolute http(s) URL", "an empty URL");
    }

    @Test
    void aFileOfUrlsSkipsBlankLinesAndComments() {
        PurgePlan plan = planner.fileOfUrls("# banners\n" + E + "/a.jpg\n\n   \n" + E + "/b.jpg\r\n").plan();
        assertThat(plan.urls()).containsExactly(E + "/a.jpg", E + "/b.jpg");
    }

    @Test
    void aDeepFolderIsOneWildcardAndAShallowOneEveryFile() {
        assertThat(PurgePlanner.forEndpoint(DeliveryUrls.of(E)).folder("/products/red/", List.of("/products/red/a.jpg")).plan().urls())
                .containsExactly(E + "/products/red/*");
        assertThat(planner.folder("/products", List.of("/products/a.jpg", "/products/b c.jpg")).plan().urls())
                .containsExactly(E + "/products/a.jpg", E + "/products/b%20c.jpg");
    }

    @Test
    void anAssetIsItsUrlAndItsFileNameWildcard() {
        assertThat(planner.asset("/products/shoe.jpg").plan().urls())
                .containsExactly(E + "/products/shoe.jpg", E + "/products/shoe.jpg*");
    }

    @Test
    void anAssetWithoutExtensionInAShallowPathGetsNoWildcard() {
        assertThat(planner.asset("/x").plan().urls()).containsExactly(E + "/x");
    }

    @Test
    void aPresetIsEveryAssetRenderedWithItInTheFormsAsked() {
        PurgePlan plan = planner.preset("n-thumb", List.of("/a.jpg", "b/c.png"), TransformationPosition.PATH, TransformationPosition.QUERY).plan();
        assertThat(plan.urls()).containsExactly(
                E + "/tr:n-thumb/a.jpg", E + "/a.jpg?tr=n-thumb",
                E + "/tr:n-thumb/b/c.png", E + "/b/c.png?tr=n-thumb");
        assertThat(planner.preset("tr:w-100", List.of("/a.jpg")).plan().urls()).contains(E + "/tr:w-100/a.jpg");
    }
}

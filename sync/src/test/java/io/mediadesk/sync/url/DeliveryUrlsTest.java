package io.mediadesk.sync.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.credential.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeliveryUrlsTest {
    private static final PrivateKey DUMMY = PrivateKey.of("dummy-key");
    private final DeliveryUrls demo = DeliveryUrls.of("https://ik.imagekit.io/demo/");

    @Test
    void pathFormPutsTheTransformationRightAfterTheEndpoint() {
        assertThat(demo.path("/sample/file.jpg").transformation("w-400,h-300:rt-90").build())
                .isEqualTo("https://ik.imagekit.io/demo/tr:w-400,h-300:rt-90/sample/file.jpg");
    }

    @Test
    void queryFormAppendsTrUnencodedAfterTheOtherParameters() {
        assertThat(demo.path("sample.jpg?v=1").transformation("tr:w-300,h-200:rt-90")
                .position(TransformationPosition.QUERY).queryParam("cache", "false").build())
                .isEqualTo("https://ik.imagekit.io/demo/sample.jpg?v=1&cache=false&tr=w-300,h-200:rt-90");
    }

    @Test
    void noTransformationGivesThePlainUrl() {
        assertThat(demo.path("a/b.png").transformation("").build()).isEqualTo("https://ik.imagekit.io/demo/a/b.png");
    }

    @Test
    void anEndpointWithAPathPatternKeepsIt() {
        assertThat(DeliveryUrls.of("https://cdn.example.com/demo/pattern").path("x.jpg").transformation("w-10").build())
                .isEqualTo("https://cdn.example.com/demo/pattern/tr:w-10/x.jpg");
    }

    @Test
    void extraQueryParametersAreFormEncoded() {
        assertThat(demo.path("x.jpg").queryParam("a b", "c&d").build()).isEqualTo("https://ik.imagekit.io/demo/x.jpg?a+b=c%26d");
    }

    @Test
    void nonAsciiAndSpacesInThePathArePercentEncodedAsUtf8() {
        assertThat(demo.path("my folder/हिन्दी.png").build())
                .isEqualTo("https://ik.imagekit.io/demo/my%20folder/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80.png");
    }

    @Test
    void specVectorOneSignsThePlainPath() {
        assertThat(demo.path("sdk-testing-files/future-search.png").signedWith(DUMMY).build())
                .isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/future-search.png"
                        + "?ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0");
    }

    @Test
    void specVectorTwoSignsTheQueryIncludingTheTransformation() {
        assertThat(demo.path("sdk-testing-files/future-search.png").queryParam("version", "2.0")
                .transformation("w-300,h-200").position(TransformationPosition.QUERY).signedWith(DUMMY).build())
                .isEqualTo("https://ik.imagekit.io/demo/sdk-testing-files/future-search.png?version=2.0&tr=w-300,h-200"
                        + "&ik-s=601d97a7834b7554f4dabf0d3fc3a219ceeb6b31");
    }

    @Test
    void specVectorThreeKeepsTheParameterOrder() {
        assertThat(demo.path("sdk-testing-files/future-search.png").queryParam("cache", "false").queryParam("version", "1.0")
                .signedWith(DUMMY).build())
                .endsWith("/future-search.png?cache=false&version=1.0&ik-s=03767bb6f0898c04e42f65714af65d937c696d66");
    }

    @Test
    void aNonAsciiPathIsSignedInItsPercentEncodedForm() {
        // Expected signature computed with: printf '%s' 'docs/%E0...png9999999999' | openssl dgst -sha1 -hmac dummy-key
        assertThat(demo.path("docs/हिन्दी.png").signedWith(DUMMY).build())
                .isEqualTo("https://ik.imagekit.io/demo/docs/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80.png"
                        + "?ik-s=dccb51b81c95cf6c73ae181e307d68fe9d1e3533");
    }

    @Test
    void anExpiringUrlSignsNowPlusTheSecondsAndPutsIkTBeforeIkS() {
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
        String url = DeliveryUrls.of("https://ik.imagekit.io/demo", fixed).path("sample.jpg")
                .transformation("w-400,h-300").signedWith(DUMMY).expiresIn(300).build();
        // openssl: printf '%s' 'tr:w-400,h-300/sample.jpg1700000300' | openssl dgst -sha1 -hmac dummy-key
        assertThat(url).isEqualTo("https://ik.imagekit.io/demo/tr:w-400,h-300/sample.jpg"
                + "?ik-t=1700000300&ik-s=3ec30eca78fa5b8dc9b416da1a4dc0eff97fc66d");
    }

    @Test
    void anExpiryWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> demo.path("a.jpg").expiresIn(60).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> demo.path("a.jpg").expiresIn(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endpointsThatAreNotHttpUrlsAreRefused() {
        assertThatThrownBy(() -> DeliveryUrls.of("ik.imagekit.io/demo")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryUrls.of("https://ik.imagekit.io/demo?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> demo.path("https://elsewhere.example/a.jpg")).isInstanceOf(IllegalArgumentException.class);
    }
}

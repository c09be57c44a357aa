package io.mediadesk.sync.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.credential.PrivateKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signing the URL the API gave a private file (spec 6.3-6.4); expected signatures computed here with the JDK's HMAC. */
class SignServedTest {
    private static final PrivateKey DUMMY = PrivateKey.of("dummy-key");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    private static final long EXPIRY = 1_700_000_600L;

    private static String hmac(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("dummy-key".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theEndpointIsWhatPrecedesThePathAndTheRemainderIsSigned() throws Exception {
        String url = "https://ik.imagekit.io/demo/sdk-testing-files/future-search.png";
        assertThat(DeliveryUrls.signServed(url, "/sdk-testing-files/future-search.png", DUMMY, 600, CLOCK))
                .isEqualTo(url + "?ik-t=" + EXPIRY + "&ik-s=" + hmac("sdk-testing-files/future-search.png" + EXPIRY));
    }

    @Test
    void aCustomDomainWithoutAPathPatternAndAQueryAreSignedToo() throws Exception {
        String url = "https://img.example.com/a/b.png?ik-obj-version=v2";
        assertThat(DeliveryUrls.signServed(url, "/a/b.png", DUMMY, 600, CLOCK))
                .isEqualTo(url + "&ik-t=" + EXPIRY + "&ik-s=" + hmac("a/b.png?ik-obj-version=v2" + EXPIRY));
    }

    @Test
    void aPercentEncodedNonAsciiNameIsSignedAsTheBrowserRequestsIt() throws Exception {
        String url = "http://127.0.0.1:8080/ik/f%C3%BCr/%E0%A4%B9.png";
        assertThat(DeliveryUrls.signServed(url, "/für/ह.png", DUMMY, 600, CLOCK))
                .isEqualTo(url + "?ik-t=" + EXPIRY + "&ik-s=" + hmac("f%C3%BCr/%E0%A4%B9.png" + EXPIRY));
    }

    @Test
    void aUrlThatDoesNotEndInThePathIsRefusedWithoutTheKeyInTheMessage() {
        assertThatThrownBy(() -> DeliveryUrls.signServed("https://ik.imagekit.io/demo/other.png", "/a/b.png", DUMMY, 600, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/a/b.png").hasMessageNotContaining("dummy-key");
    }
}

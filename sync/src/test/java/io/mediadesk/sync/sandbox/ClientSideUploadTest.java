package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uploads signed on the client's side (spec 2.4): publicKey, token, expire and signature instead of Basic auth. */
class ClientSideUploadTest extends SandboxTestBase {

    private Calls.Answer upload(String token, long expire, String signature) {
        Multipart body = new Multipart().field("fileName", "c.txt").field("publicKey", sandbox.publicKey()).field("token", token)
                .field("expire", Long.toString(expire)).field("signature", signature).file("file", "c.txt", new byte[] {1, 2});
        return calls.withKey(null).uploadRaw(body.build());
    }

    private String sign(String token, long expire) {
        return Hmac.sha1Hex(sandbox.privateKey(), token + expire);
    }

    @Test
    void aCorrectlySignedUploadIsAcceptedAndItsTokenCannotBeReused() {
        long expire = System.currentTimeMillis() / 1000 + 600;

        assertThat(upload("token-1", expire, sign("token-1", expire)).status()).isEqualTo(200);
        assertThat(upload("token-1", expire, sign("token-1", expire)).status()).isEqualTo(401);
        assertThat(sandbox.files()).hasSize(1);
    }

    @Test
    void aWrongSignatureOrAnExpiryOutOfRangeIsRefused() {
        long now = System.currentTimeMillis() / 1000;

        assertThat(upload("t2", now + 600, sign("t2", now + 601)).status()).isEqualTo(401);
        assertThat(upload("t3", now - 5, sign("t3", now - 5)).status()).isEqualTo(401);
        assertThat(upload("t4", now + 7200, sign("t4", now + 7200)).status()).isEqualTo(401);
        assertThat(sandbox.files()).isEmpty();
    }

    @Test
    void base64FileFieldsAreDecoded() {
        Multipart body = new Multipart().field("fileName", "b64.txt").field("useUniqueFileName", "false")
                .field("file", "data:text/plain;base64," + java.util.Base64.getEncoder().encodeToString("hello".getBytes()));

        assertThat(calls.uploadRaw(body.build()).json().get("size").asInt()).isEqualTo(5);
        assertThat(calls.uploadRaw(new Multipart().field("fileName", "u.txt").field("file", "https://example.com/a.jpg").build()).status())
                .isEqualTo(400);
    }

    @Test
    void anUploadOverTheSizeCapIsRefused() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.defaults().withMaxUploadBytes(1000));
        calls = new Calls(sandbox);

        Calls.Answer answer = calls.upload("big.bin", new byte[5000], Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("1000 bytes");
        assertThat(sandbox.files()).isEmpty();
    }
}

package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest extends SandboxTestBase {
    private String url;

    @BeforeEach
    void uploadACorpusImage() {
        Calls.Answer upload = calls.upload(Corpus.file("orient_1.jpg"), Map.of("folder", "/photos", "useUniqueFileName", "false"));
        url = upload.json().get("url").asText();
    }

    private static ImageInfo probe(Calls.Answer answer) {
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        return new ImageProbe().probe(answer.body());
    }

    @Test
    void aPathTransformationIsRenderedByTheEngine() {
        Calls.Answer answer = calls.fetch(sandbox.urlEndpoint() + "/tr:w-100/photos/orient_1.jpg");

        assertThat(probe(answer).width()).isEqualTo(100);
        assertThat(answer.header("Content-Type")).isEqualTo("image/jpeg");
    }

    @Test
    void anImageLayerDrawsTheAccountsOwnFile() throws Exception {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) logo.setRGB(x, y, 0x00FF00);
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(logo, "png", png);
        assertThat(calls.upload("logo.png", png.toByteArray(), Map.of("folder", "/brand", "useUniqueFileName", "false")).status())
                .isEqualTo(200);

        Calls.Answer answer = calls.fetch(sandbox.urlEndpoint()
                + "/tr:w-100,f-png:l-image,i-brand@@logo.png,t-false,lx-10,ly-20,l-end/photos/orient_1.jpg");
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        java.awt.image.BufferedImage out = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(answer.body()));
        for (int y = 20; y < 26; y++) {
            for (int x = 10; x < 18; x++) assertThat(out.getRGB(x, y) & 0xFFFFFF).as("(%d, %d)", x, y).isEqualTo(0x00FF00);
        }
        assertThat(out.getRGB(9, 20) & 0xFFFFFF).isNotEqualTo(0x00FF00);
        assertThat(out.getRGB(18, 25) & 0xFFFFFF).isNotEqualTo(0x00FF00);

        Calls.Answer missing = calls.fetch(sandbox.urlEndpoint() + "/tr:l-image,i-brand@@none.png,l-end/photos/orient_1.jpg");
        assertThat(missing.status()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aQueryTransformationIsRenderedToo() {
        assertThat(probe(calls.fetch(url + "?tr=w-50,f-png")).width()).isEqualTo(50);
    }

    @Test
    void anUntransformedUrlServesTheOriginalBytes() throws Exception {
        Calls.Answer answer = calls.fetch(url);

        assertThat(answer.body()).isEqualTo(Files.readAllBytes(Corpus.file("orient_1.jpg")));
    }

    @Test
    void anInvalidTransformationIs400WithAnIkErrorHeader() {
        Calls.Answer answer = calls.fetch(sandbox.urlEndpoint() + "/tr:w-abc/photos/orient_1.jpg");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("ik-error")).startsWith("EINVALID - ");
    }

    @Test
    void aMissingFileIs404WithEnoent() {
        Calls.Answer answer = calls.fetch(sandbox.urlEndpoint() + "/photos/none.jpg");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("ik-error")).startsWith("ENOENT - ");
    }

    @Test
    void namedTransformationsAreResolvedAndDisabledOnesFail() {
        String id = calls.call("POST", "/v1/named-transformations", Map.of("name", "small", "transformation", "w-30"))
                .json().get("id").asText();

        assertThat(probe(calls.fetch(sandbox.urlEndpoint() + "/tr:n-small/photos/orient_1.jpg")).width()).isEqualTo(30);

        calls.call("PATCH", "/v1/named-transformations/" + id, Map.of("enabled", false));
        assertThat(calls.fetch(sandbox.urlEndpoint() + "/tr:n-small/photos/orient_1.jpg").status()).isEqualTo(400);
    }

    @Test
    void theThumbnailUrlsTheSandboxHandsOutWork() {
        String id = calls.get("/v1/files").json().get(0).get("fileId").asText();
        String thumbnail = calls.get("/v1/files/" + id + "/details").json().get("thumbnail").asText();

        assertThat(probe(calls.fetch(thumbnail)).height()).isLessThanOrEqualTo(200);
    }

    @Test
    void anUnpublishedFileIsNotServed() {
        String id = calls.get("/v1/files").json().get(0).get("fileId").asText();
        calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("publish", Map.of("isPublished", false)));

        assertThat(calls.fetch(url).status()).isEqualTo(404);
    }

    @Test
    void attachmentDownloadsGetAContentDisposition() {
        assertThat(calls.fetch(url + "?ik-attachment=true").header("Content-Disposition")).isEqualTo("attachment; filename=\"orient_1.jpg\"");
    }

    @Test
    void theMetadataOfATransformedUrlIsTheRenderedImages() {
        String transformed = sandbox.urlEndpoint() + "/tr:w-120/photos/orient_1.jpg";

        Calls.Answer answer = calls.get("/v1/metadata?url=" + java.net.URLEncoder.encode(transformed, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("width").asInt()).isEqualTo(120);
        assertThat(answer.json().get("format").asText()).isEqualTo("jpg");
    }
}

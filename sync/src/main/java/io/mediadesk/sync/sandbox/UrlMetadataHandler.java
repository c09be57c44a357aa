package io.mediadesk.sync.sandbox;

import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import io.mediadesk.engine.codec.ImageRejectedException;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/metadata?url=<delivery URL>} (spec 3.11): the metadata of what that URL serves,
 * transformed URLs included, read by probing the served bytes. (The 2024 OpenAPI file names this
 * path {@code /v1/files/metadata}; the spec settles on {@code /v1/metadata}.)
 */
final class UrlMetadataHandler {
    private final Account account;
    private final DeliveryHandler delivery;

    UrlMetadataHandler(Account account, DeliveryHandler delivery) {
        this.account = account;
        this.delivery = delivery;
    }

    void register(Routes routes) {
        routes.add("GET", "/v1/metadata", Family.FILES, this::metadata);
    }

    private Reply metadata(Call call) throws IOException {
        String url = call.query("url").orElseThrow(() -> ApiError.badRequest("url is required."));
        String endpoint = account.urlEndpoint() + "/";
        if (!url.startsWith(endpoint)) {
            throw ApiError.badRequest("The url must be a delivery URL of this account (" + endpoint + "...).");
        }
        URI uri = URI.create(url);
        String remainder = uri.getRawPath().substring(URI.create(endpoint).getRawPath().length());
        Optional<String> tr = Optional.ofNullable(Call.parseQuery(uri.getRawQuery()).get("tr")).map(l -> l.get(0));
        Reply served = delivery.serve(DeliveryHandler.Target.parse(remainder, tr), false, true);
        Version described = new Version();
        described.size = served.body().length;
        try {
            ImageInfo info = new ImageProbe().probe(served.body());
            described.image = true;
            described.width = info.width();
            described.height = info.height();
            described.format = info.format().name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
            described.hasAlpha = info.hasAlpha();
            described.colorProfile = info.metadata().icc();
        } catch (ImageRejectedException e) {
            described.format = "";
        }
        Map<String, Object> json = FileJson.metadata(described);
        return Reply.ok(json);
    }
}

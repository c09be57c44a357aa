package io.mediadesk.sync.sandbox;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.render.Rendered;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Delivery URLs (spec 6): {@code <urlEndpoint>/<path>}, {@code <urlEndpoint>/tr:<tr>/<path>} and
 * {@code ?tr=<tr>} serve the file's bytes, rendered through the engine when a transformation is
 * given. Signed URLs are verified; private files need one, except for transformations made only of
 * named ones. Errors carry an {@code ik-error: CODE - message} header as the CDN's do.
 */
final class DeliveryHandler {
    static final String PREFIX = "/ik/";

    private final Store store;
    private final Presets presets;
    private final Renderer renderer;

    /** What a delivery URL asks for: the file's path and the transformation text, if any. */
    record Target(String filePath, String transformation) {
        static Target parse(String rawRemainder, Optional<String> queryTr) {
            String raw = rawRemainder.contains("?") ? rawRemainder.substring(0, rawRemainder.indexOf('?')) : rawRemainder;
            String pathTr = "";
            if (raw.startsWith("tr:") && raw.indexOf('/') > 0) {
                pathTr = PathCoding.decode(raw.substring(3, raw.indexOf('/')));
                raw = raw.substring(raw.indexOf('/') + 1);
            }
            String query = queryTr.map(t -> t.startsWith("tr:") ? t.substring(3) : t).orElse("");
            // The spec leaves both forms at once open (10.8): the path's steps run first, then the query's.
            String tr = pathTr.isEmpty() ? query : query.isEmpty() ? pathTr : pathTr + ":" + query;
            return new Target("/" + PathCoding.decode(raw), tr);
        }
    }

    DeliveryHandler(Store store, Presets presets, Renderer renderer) {
        this.store = store;
        this.presets = presets;
        this.renderer = renderer;
    }

    void register(Routes routes) {
        routes.add("GET", "/ik/.+", Family.DELIVERY, this::deliver);
    }

    private Reply deliver(Call call) throws IOException {
        String remainder = call.rawPath().substring(PREFIX.length());
        UrlSignature.Parts signature = UrlSignature.parse(remainder, call.rawQuery());
        if (signature.signed()) {
            UrlSignature.verify(signature, store.state().privateKey, store.clock().instant().getEpochSecond());
        }
        Reply reply = serve(Target.parse(remainder, call.query("tr")), signature.signed(), false);
        if (!call.method().equals("HEAD")) count(reply.body().length);
        if (call.query("ik-attachment").filter("true"::equals).isPresent()) {
            String name = call.rawPath().substring(call.rawPath().lastIndexOf('/') + 1);
            reply.header("Content-Disposition", "attachment; filename=\"" + PathCoding.decode(name).replace("\"", "") + "\"");
        }
        return reply;
    }

    /** Adds to today's bandwidth (kept in memory, saved with the state's next change). */
    private void count(long bytes) throws IOException {
        String day = store.clock().instant().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        store.locked(() -> store.state().deliveredBytes.merge(day, bytes, Long::sum));
    }

    /** Serves {@code target}; {@code trusted} skips the private-file rule (signed URLs, authenticated API calls). */
    Reply serve(Target target, boolean signed, boolean trusted) throws IOException {
        Found found = store.locked(() -> find(target.filePath()));
        if (found.version.isPrivate && !signed && !trusted && !onlyNamed(target.transformation())) {
            throw new ApiError(401, "This file is private: its URL must be signed.").header("ik-error", "EACCES - private file, unsigned URL");
        }
        if (target.transformation().isEmpty()) {
            return Reply.bytes(200, found.version.mime, Files.readAllBytes(found.blob));
        }
        return render(found, target.transformation());
    }

    private record Found(Version version, Path blob, TransformationParser parser) {
    }

    private Found find(String filePath) {
        StoredFile file = store.fileAtUnchanged(filePath).filter(f -> f.current().isPublished).orElseThrow(() ->
                ApiError.notFound("Not Found").header("ik-error", "ENOENT - no file at " + filePath));
        return new Found(file.current(), store.blobs().path(file.current().blob), new TransformationParser(presets.lookup()));
    }

    private Reply render(Found found, String transformation) {
        try {
            Transformation parsed = found.parser.parse(transformation);
            if (!found.version.image) {
                throw ApiError.badRequest("Only images can be transformed.").header("ik-error", "UNIDENTIFIED - not an image");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Rendered rendered = renderer.render(found.blob, parsed, Optional.empty(), out);
            return Reply.bytes(200, Content.mime(rendered.format().extension().replace("tif", "tiff")), out.toByteArray());
        } catch (InvalidTransformationException e) {
            throw ApiError.badRequest("Bad Transformation Request: " + e.getMessage()).header("ik-error", "EINVALID - " + oneLine(e.getMessage()));
        } catch (ImageRejectedException e) {
            throw ApiError.badRequest(e.getMessage()).header("ik-error", "ELIMIT - " + oneLine(e.getMessage()));
        } catch (EngineException e) {
            throw ApiError.badRequest(e.getMessage()).header("ik-error", "EUNSUPPORTED - " + oneLine(e.getMessage()));
        }
    }

    /** Whether every parameter is {@code n-NAME}: named transformations work on private files unsigned (spec 6.4). */
    private static boolean onlyNamed(String transformation) {
        if (transformation.isEmpty()) {
            return false;
        }
        for (String item : transformation.split("[:,]")) {
            if (!item.startsWith("n-")) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n]+", " ");
    }
}

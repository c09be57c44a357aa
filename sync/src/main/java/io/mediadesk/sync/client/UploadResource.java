package io.mediadesk.sync.client;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.http.ApiRequest;
import io.mediadesk.sync.client.http.Cancellation;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import okhttp3.MultipartBody;
import okhttp3.Request;

/**
 * The upload API (spec §2): multipart, the file streamed from disk. An upload is not idempotent
 * (each one makes a file or a version), so when its answer is lost after the body went out the
 * client first looks for the file ({@link UploadReconciler}) and sends again only if it is not
 * there: one upload, one file.
 */
public final class UploadResource {
    private final Endpoints endpoints;
    private final FileResource files;

    UploadResource(Endpoints endpoints, FileResource files) {
        this.endpoints = endpoints;
        this.files = files;
    }

    public UploadResult upload(UploadRequest request) {
        return upload(request, UploadProgress.NONE, new Cancellation());
    }

    /** Uploads with progress reports; {@code cancellation.cancel()} from any thread stops it. */
    public UploadResult upload(UploadRequest request, UploadProgress progress, Cancellation cancellation) {
        FileStreamBody file = request.file() == null ? null : open(request, progress, cancellation);
        MultipartBody body = multipart(request, file);
        Request http = new Request.Builder().url(endpoints.upload("api", "v1", "files", "upload").build()).post(body).build();
        UploadReconciler reconciler = new UploadReconciler(files, request,
                file == null ? OptionalLong.empty() : OptionalLong.of(file.size()));
        return endpoints.executor().execute(new ApiRequest(http, Idempotency.NOT_IDEMPOTENT),
                response -> endpoints.json().decode(response, UploadResult.class), reconciler, cancellation);
    }

    /**
     * Text fields first and the file last, so a server that streams the parts knows the name and
     * folder before the bytes arrive. Booleans travel as {@code "true"}/{@code "false"}, structures
     * as JSON text.
     */
    private MultipartBody multipart(UploadRequest request, FileStreamBody file) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        body.addFormDataPart("fileName", request.fileName());
        for (Map.Entry<String, Object> field : request.fields().entrySet()) {
            Object value = field.getValue();
            String text = value instanceof String || value instanceof Boolean
                    ? value.toString() : new String(endpoints.json().encode(value), java.nio.charset.StandardCharsets.UTF_8);
            body.addFormDataPart(field.getKey(), text);
        }
        if (file != null) {
            body.addFormDataPart("file", request.fileName(), file);
        } else {
            body.addFormDataPart("file", request.sourceUrl());
        }
        return body.build();
    }

    private static FileStreamBody open(UploadRequest request, UploadProgress progress, Cancellation cancellation) {
        try {
            return new FileStreamBody(request.file(), progress, cancellation);
        } catch (IOException e) {
            throw new SyncException("cannot read " + request.file() + " for upload: " + e.getMessage(), e);
        }
    }
}

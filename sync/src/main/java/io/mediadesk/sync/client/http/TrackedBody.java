package io.mediadesk.sync.client.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body that remembers whether it was written completely. A failure before that point
 * means the service cannot have acted on the request (it never saw all of it), so even a create is
 * safe to send again; after it, the outcome is unknown.
 */
final class TrackedBody extends RequestBody {
    private final RequestBody delegate;
    private volatile boolean complete;

    TrackedBody(RequestBody delegate) {
        this.delegate = delegate;
    }

    boolean complete() {
        return complete;
    }

    @Override
    public MediaType contentType() {
        return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
        return delegate.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        delegate.writeTo(sink);
        sink.flush();
        complete = true;
    }
}

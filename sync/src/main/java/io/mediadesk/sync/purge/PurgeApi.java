package io.mediadesk.sync.purge;

import io.mediadesk.sync.client.ImageKitClient;

/**
 * The two calls a purge run needs (spec 4). A port, so the runner's schedule can be tested without
 * a server; in the app it is the REST client's {@code purges()}.
 */
public interface PurgeApi {

    /** Submits one URL; returns the service's request id. Throws the client's failure kinds. */
    String submit(String url);

    /** {@code Pending} or {@code Completed}. */
    String status(String requestId);

    static PurgeApi of(ImageKitClient client) {
        return new PurgeApi() {
            @Override
            public String submit(String url) {
                return client.purges().submit(url);
            }

            @Override
            public String status(String requestId) {
                return client.purges().status(requestId);
            }
        };
    }
}

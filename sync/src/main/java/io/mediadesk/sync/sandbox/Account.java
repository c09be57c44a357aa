package io.mediadesk.sync.sandbox;

import java.time.Duration;

/**
 * The sandbox account's settings that endpoints read: where delivery URLs live, which optional
 * APIs it has, its quotas and how long asynchronous work stays Pending. Some can be switched while
 * it runs, from tests.
 */
final class Account {
    private final String urlEndpoint;
    private final SandboxOptions options;
    private volatile boolean namedTransformationsApi = true;
    private volatile boolean usagePermission = true;

    Account(String urlEndpoint, SandboxOptions options) {
        this.urlEndpoint = urlEndpoint;
        this.options = options;
    }

    /** The delivery URL endpoint, without a trailing slash. */
    String urlEndpoint() {
        return urlEndpoint;
    }

    String url(String filePath) {
        return urlEndpoint + PathCoding.encode(filePath);
    }

    String thumbnail(String filePath) {
        return urlEndpoint + "/tr:n-ik_ml_thumbnail" + PathCoding.encode(filePath);
    }

    boolean namedTransformationsApi() {
        return namedTransformationsApi;
    }

    void namedTransformationsApi(boolean enabled) {
        namedTransformationsApi = enabled;
    }

    boolean usagePermission() {
        return usagePermission;
    }

    void usagePermission(boolean allowed) {
        usagePermission = allowed;
    }

    int purgePendingPolls() {
        return options.purgePendingPolls();
    }

    Duration purgePendingFor() {
        return options.purgePendingFor();
    }

    int purgeQuota() {
        return options.purgeQuotaPerMonth();
    }

    int jobPendingPolls() {
        return options.jobPendingPolls();
    }

    long maxUploadBytes() {
        return options.maxUploadBytes();
    }
}

package io.mediadesk.sync.sandbox;

/**
 * The endpoint families a fault can be scoped to. They follow the service's own split (upload host,
 * media library, folders and bulk jobs, custom metadata fields, purge, named transformations,
 * delivery, account), which is also how a client would open a circuit per family.
 */
public enum Family {
    UPLOAD, FILES, FOLDERS, METADATA_FIELDS, PURGE, NAMED_TRANSFORMATIONS, DELIVERY,
    /** {@code /v1/accounts/...}: usage. */
    ACCOUNTS;

    /** Whether the API rate limit applies: the spec exempts the upload API, delivery is a CDN. */
    boolean rateLimited() {
        return this != UPLOAD && this != DELIVERY;
    }

    /** Whether calls carry the private key; delivery URLs are public or signed instead. */
    boolean authenticated() {
        return this != DELIVERY;
    }
}

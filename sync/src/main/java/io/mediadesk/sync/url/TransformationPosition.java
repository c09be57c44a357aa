package io.mediadesk.sync.url;

/** Where the transformation goes in a delivery URL. */
public enum TransformationPosition {
    /** {@code <endpoint>/tr:<tr>/<path>}: the form the old SDKs default to. */
    PATH,
    /** {@code <endpoint>/<path>?tr=<tr>}: the form the current SDKs default to. */
    QUERY
}

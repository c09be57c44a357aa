package io.mediadesk.sync.sandbox;

/**
 * The client-side upload credentials of spec 2.4: {@code publicKey}, {@code token} (single use,
 * even when the upload then fails), {@code expire} (Unix seconds, in the future, less than an hour
 * ahead) and {@code signature} = HMAC-SHA1 of {@code token + expire} with the private key.
 */
final class ClientSideUpload {
    private static final long MAX_AHEAD_SECONDS = 3600;
    private final Store store;

    ClientSideUpload(Store store) {
        this.store = store;
    }

    void check(UploadForm form) {
        String publicKey = form.field("publicKey").orElse(null);
        String token = form.field("token").orElse(null);
        String expire = form.field("expire").orElse(null);
        String signature = form.field("signature").orElse(null);
        if (publicKey == null || token == null || expire == null || signature == null) {
            throw new ApiError(401, "Your request does not contain private API key.");
        }
        if (!publicKey.equals(store.state().publicKey)) {
            throw new ApiError(401, "Your request contains an invalid public key.");
        }
        if (!store.state().usedUploadTokens.add(token)) {
            throw new ApiError(401, "The token has been used before; generate a new one for each upload.");
        }
        long now = store.clock().instant().getEpochSecond();
        long expiry = parse(expire);
        if (expiry <= now || expiry > now + MAX_AHEAD_SECONDS) {
            throw new ApiError(401, "The expire parameter must be a Unix time in seconds, in the future and less than 1 hour ahead.");
        }
        if (!Hmac.matches(Hmac.sha1Hex(store.state().privateKey, token + expire), signature)) {
            throw new ApiError(401, "Your request contains an invalid signature.");
        }
    }

    private static long parse(String expire) {
        try {
            return Long.parseLong(expire);
        } catch (NumberFormatException e) {
            throw new ApiError(401, "The expire parameter must be a Unix time in seconds.");
        }
    }
}

package io.mediadesk.sync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Basic auth as the spec has it: user = the private key, password empty, so the header is
 * {@code Basic base64("<key>:")} with the trailing colon. A missing or wrong key is 401 (the spec
 * lists 403 for disabled or expired accounts, which a sandbox does not have).
 */
final class Access {
    private final String privateKey;

    Access(String privateKey) {
        this.privateKey = privateKey;
    }

    void check(Call call) {
        String header = call.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new ApiError(401, "Your request does not contain private API key.");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            throw new ApiError(401, "Your request contains an invalid Authorization header.");
        }
        byte[] expected = (privateKey + ":").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new ApiError(401, "Your account cannot be authenticated.");
        }
    }
}

package io.mediadesk.sync.client.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error body the service sends (spec §1.3), read leniently: every part may be missing, and a
 * body that is not JSON ends up in {@code help}.
 *
 * @param message the human-readable text
 * @param help the support hint, or the raw text of a non-JSON body
 * @param reason the machine code on copy/move/rename/folder endpoints, e.g. {@code FILE_MISSING}
 * @param missingFileIds ids a bulk call did not find
 * @param fieldErrors per-field reasons (custom metadata field validation), or per-file errors of a bulk call
 */
public record ServiceError(String message, String help, String reason, List<String> missingFileIds,
        Map<String, String> fieldErrors) {

    public ServiceError {
        missingFileIds = missingFileIds == null ? List.of() : List.copyOf(missingFileIds);
        fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static ServiceError empty() {
        return new ServiceError(null, null, null, List.of(), Map.of());
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reason);
    }

    /** One line for an exception message: message, reason, field errors; help only when nothing else. */
    String describe() {
        StringBuilder text = new StringBuilder(message != null ? message : help != null ? help : "no details given");
        if (reason != null) {
            text.append(" (").append(reason).append(')');
        }
        if (!fieldErrors.isEmpty()) {
            text.append(' ').append(fieldErrors);
        }
        if (!missingFileIds.isEmpty()) {
            text.append(" missing: ").append(missingFileIds);
        }
        return text.toString();
    }
}

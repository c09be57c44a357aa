package io.mediadesk.desktop.purge;

/**
 * One line of the purge panel: an input the planner accepted (a URL to purge) or refused, and once
 * sent, its request's live state.
 *
 * @param verdict the planner's word on it: {@code purge}, {@code purge prefix} (a wildcard) or {@code refused: why}
 * @param state {@code planned}, then the queue's state ({@code QUEUED}, {@code SENDING}, {@code SUBMITTED},
 *     {@code COMPLETED}, {@code FAILED}) as the runner moves it
 */
public record PurgeRow(String url, String verdict, String state, String requestId, String error) {

    static PurgeRow accepted(String url) {
        return new PurgeRow(url, url.endsWith("*") ? "purge prefix" : "purge", "planned", "", "");
    }

    static PurgeRow refused(String input, String reason) {
        return new PurgeRow(input, "refused: " + reason, "not sent", "", "");
    }

    public boolean refused() {
        return verdict.startsWith("refused");
    }

    PurgeRow with(String newState, String newRequestId, String newError) {
        return new PurgeRow(url, verdict, newState, newRequestId == null ? "" : newRequestId, newError == null ? "" : newError);
    }

    /** Shown as the live status: Pending until the service says Completed. */
    public String status() {
        return switch (state) {
            case "QUEUED", "SENDING" -> "sending";
            case "SUBMITTED" -> "Pending";
            case "COMPLETED" -> "Completed";
            case "FAILED" -> "Failed: " + error;
            default -> state;
        };
    }
}

package io.mediadesk.desktop.syncpanel;

/**
 * One past run, as the history shows it and {@code <library>/sync-history.json} keeps it.
 *
 * @param at when it finished, ISO-8601 UTC ({@code 2026-11-26T14:02:11Z})
 * @param skipped items a cancel left for the next sync
 */
public record SyncRun(String at, String account, String plan, int applied, int failed, int skipped, boolean cancelled) {

    public String text() {
        String how = cancelled ? "cancelled" : failed > 0 ? "finished with failures" : "done";
        return at.replace('T', ' ') + "  " + account + "  " + how + ": " + applied
                + " applied, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " left for next time" : "") + "  (" + plan + ")";
    }
}

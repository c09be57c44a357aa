package io.mediadesk.desktop.cli;

import io.mediadesk.library.store.AuditEntry;

/**
 * RFC 4180 CSV for audit entries: CRLF line ends, a field quoted when it holds a comma, a double
 * quote, CR or LF (or starts or ends with a blank, which some readers would trim), a double quote
 * inside doubled. Text is written as is (UTF-8 on the way out), so names in any script survive.
 */
final class AuditCsv {
    static final String HEADER = "sequence,at,actor,action,asset_id,detail\r\n";

    private AuditCsv() {
    }

    static String line(AuditEntry e) {
        return e.sequence() + "," + e.at() + "," + field(e.actor()) + "," + field(e.action()) + ","
                + field(e.assetId().orElse("")) + "," + field(e.detail()) + "\r\n";
    }

    static String field(String value) {
        boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.store.AuditEntry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV quoting by RFC 4180, the expected lines written by hand. */
class AuditCsvTest {

    @Test
    void plainFieldsStayBareAndTheLineEndsWithCrLf() {
        AuditEntry e = new AuditEntry(7, Instant.parse("2024-05-31T12:00:00Z"), "alice", "tag.add", Optional.of("00000000000000000000000a"),
                "[summer]");
        assertThat(AuditCsv.line(e)).isEqualTo("7,2024-05-31T12:00:00Z,alice,tag.add,00000000000000000000000a,[summer]\r\n");
    }

    @Test
    void commasQuotesNewlinesAndEdgeBlanksAreQuotedWithQuotesDoubled() {
        AuditEntry e = new AuditEntry(8, Instant.parse("2024-05-31T12:00:00.123Z"), "bob (mediadesk)", "move", Optional.empty(),
                "/a/x, \"big\".jpg -> /b/\nline two\r");
        assertThat(AuditCsv.line(e)).isEqualTo(
                "8,2024-05-31T12:00:00.123Z,bob (mediadesk),move,,\"/a/x, \"\"big\"\".jpg -> /b/\nline two\r\"\r\n");
        assertThat(AuditCsv.field(" lead")).isEqualTo("\" lead\"");
        assertThat(AuditCsv.field("trail ")).isEqualTo("\"trail \"");
        assertThat(AuditCsv.field("")).isEmpty();
        assertThat(AuditCsv.field("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void nonAsciiTextIsWrittenAsIs() {
        assertThat(AuditCsv.field("/f\u00f6tos/\u65e5\u672c/\uD835\uDC9C.jpg")).isEqualTo("/f\u00f6tos/\u65e5\u672c/\uD835\uDC9C.jpg");
        assertThat(AuditCsv.field("\u00e9t\u00e9, \u00e7a")).isEqualTo("\"\u00e9t\u00e9, \u00e7a\"");
    }
}

package io.mediadesk.desktop.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.metadata.DateText;
import io.mediadesk.library.store.AuditEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk audit [--id ID] [--since DATE] [--format csv|json]}: the audit trail (what, when,
 * who, which asset), oldest first, streamed from the store's cursor straight to stdout.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Export the library's audit trail (every change: what, when, who, which asset), oldest first.",
            "CSV (RFC 4180, UTF-8): sequence,at,actor,action,asset_id,detail. JSON: [{\"sequence\",\"at\",\"actor\",\"action\",\"assetId\",\"detail\"}]",
            "--json alone means --format json."})
final class AuditCommand implements Callable<Integer> {
    enum Format { csv, json }

    @ParentCommand
    MediadeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", description = "Only this asset's entries.")
    String id;

    @Option(names = "--since", paramLabel = "DATE", description = "From this time on: ISO (2024-05-31, 2024-05-31T12:00:00) or relative (7d, 2w).")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json.")
    Format format;

    @Override
    public Integer call() {
        Optional<AssetId> asset;
        try {
            asset = id == null ? Optional.empty() : Optional.of(AssetId.of(id.strip()));
        } catch (InvalidValueException e) {
            throw SearchCommand.usage(e.getMessage());
        }
        Optional<Instant> from = since == null ? Optional.empty() : Optional.of(DateText.parse(since, Clock.systemUTC())
                .orElseThrow(() -> SearchCommand.usage("--since takes an ISO date (2024-05-31) or a relative one (7d), not \"" + since + "\"")));
        GlobalOptions global = root.global();
        Format f = format != null ? format : global.json() ? Format.json : Format.csv;
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            if (f == Format.csv) {
                out.print(AuditCsv.HEADER);
                services.library().assets().exportAudit(asset, from, e -> out.print(AuditCsv.line(e)));
            } else {
                json(out, sink -> services.library().assets().exportAudit(asset, from, sink));
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** A JSON array written entry by entry with Jackson's streaming generator. */
    private static void json(PrintWriter out, Consumer<Consumer<AuditEntry>> source) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            source.accept(e -> {
                try {
                    g.writeStartObject();
                    g.writeNumberField("sequence", e.sequence());
                    g.writeStringField("at", e.at().toString());
                    g.writeStringField("actor", e.actor());
                    g.writeStringField("action", e.action());
                    if (e.assetId().isPresent()) g.writeStringField("assetId", e.assetId().get()); else g.writeNullField("assetId");
                    g.writeStringField("detail", e.detail());
                    g.writeEndObject();
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            g.writeEndArray();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        out.println();
    }
}

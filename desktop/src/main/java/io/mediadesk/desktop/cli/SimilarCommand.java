package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.SimilarAssets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk similar --id ID [--distance N]}: near-duplicates by perceptual-hash distance, nearest first. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"List the assets that look like one asset: perceptual-hash distance (bits of 64 that differ), nearest first.",
            "Up to 6 the pairs recorded at import answer; a larger --distance scans every hash in the library. The trash is left out.",
            "JSON: {\"items\":[{\"id\",\"path\",\"distance\"}]}"})
final class SimilarCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", required = true, description = "The asset to compare with.")
    String id;

    @Option(names = "--distance", paramLabel = "N", description = "Largest distance, 0-64 (default: ${DEFAULT-VALUE}).")
    int distance = ImportOptions.DEFAULT.nearDuplicateDistance();

    @Override
    public Integer call() {
        AssetId asset;
        try {
            asset = AssetId.of(id.strip());
        } catch (InvalidValueException e) {
            throw SearchCommand.usage(e.getMessage());
        }
        if (distance < 0 || distance > 64) throw SearchCommand.usage("--distance must be 0-64, was " + distance);
        GlobalOptions global = root.global();
        List<SimilarAssets.Match> matches;
        try (AppServices services = root.openServices()) {
            matches = SimilarAssets.of(services.library().assets(), asset, distance);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (SimilarAssets.Match m : matches) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", m.asset().id().value());
            item.put("path", m.asset().filePath());
            item.put("distance", m.distance());
            items.add(item);
            text.append(String.format("%2d  %s  %s%n", m.distance(), m.asset().id().value(), m.asset().filePath()));
        }
        if (matches.isEmpty()) text.append("nothing within distance ").append(distance);
        new Output(spec.commandLine().getOut(), global.json()).result(Map.of("items", items), text.toString().stripTrailing());
        return ExitCode.OK.code();
    }
}

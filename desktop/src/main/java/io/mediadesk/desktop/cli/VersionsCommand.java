package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.store.AssetRepository;
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

/**
 * {@code mediadesk versions --id ID}: an asset's content versions, newest (current) first; and
 * {@code mediadesk versions restore --id ID --version N}: makes an old version current again as a
 * new version. An unknown asset or version is a usage error (2) and changes nothing.
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"List an asset's content versions, newest (its current content) first; `versions restore` makes an "
                + "old one current again as a new version (history is never rewritten). Originals of every version are kept.",
            "JSON: {\"id\",\"path\",\"items\":[{\"number\",\"current\",\"sha256\",\"size\",\"width\",\"height\",\"format\","
                + "\"createdAt\",\"actor\"}]}; restore {\"id\",\"restored\",\"version\",\"sha256\"}"},
        subcommands = VersionsCommand.Restore.class)
final class VersionsCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", description = "The asset.")
    String id;

    @Override
    public Integer call() {
        if (id == null) throw SearchCommand.usage("versions needs --id ID (or: versions restore --id ID --version N)");
        AssetId asset = assetId(id);
        GlobalOptions global = root.global();
        Asset a;
        List<AssetVersion> versions;
        try (AppServices services = root.openServices()) {
            AssetRepository repo = services.library().assets();
            a = existing(repo, asset);
            versions = repo.versions(asset);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder text = new StringBuilder(a.filePath()).append(System.lineSeparator());
        for (AssetVersion v : versions) {
            Map<String, Object> item = new LinkedHashMap<>();
            boolean current = v == versions.get(0);
            item.put("number", v.number());
            item.put("current", current);
            item.put("sha256", v.contentHash());
            item.put("size", v.size());
            item.put("width", v.width());
            item.put("height", v.height());
            item.put("format", v.format());
            item.put("createdAt", v.createdAt().toString());
            item.put("actor", v.actor().orElse(null));
            items.add(item);
            text.append(String.format("%s%3d  %s  %5s %5dx%-5d %10d  %s  %s%n", current ? "*" : " ", v.number(),
                    v.createdAt(), v.format(), v.width(), v.height(), v.size(), v.contentHash().substring(0, 12),
                    v.actor().orElse("-")));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", asset.value());
        result.put("path", a.filePath());
        result.put("items", items);
        new Output(spec.commandLine().getOut(), global.json()).result(result, text.toString().stripTrailing());
        return ExitCode.OK.code();
    }

    static AssetId assetId(String value) {
        try {
            return AssetId.of(value.strip());
        } catch (InvalidValueException e) {
            throw SearchCommand.usage(e.getMessage());
        }
    }

    static Asset existing(AssetRepository repo, AssetId id) {
        return repo.find(id).orElseThrow(() -> SearchCommand.usage("there is no asset " + id.value()));
    }

    /** {@code versions restore --id ID --version N}. No {@code mixinStandardHelpOptions}: its {@code --version} is ours. */
    @Command(name = "restore", description = "Make version N of an asset current again, as a new version.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        VersionsCommand versions;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--id", paramLabel = "ID", required = true, description = "The asset.")
        String id;

        @Option(names = "--version", paramLabel = "N", required = true, description = "The version to restore (see `versions --id`).")
        int number;

        @Override
        public Integer call() {
            AssetId asset = assetId(id);
            GlobalOptions global = versions.root.global();
            Asset after;
            int made;
            try (AppServices services = versions.root.openServices()) {
                AssetRepository repo = services.library().assets();
                existing(repo, asset);
                after = repo.restoreVersion(asset, number);
                made = repo.versions(asset).get(0).number();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", asset.value());
            result.put("restored", number);
            result.put("version", made);
            result.put("sha256", after.contentHash());
            new Output(spec.commandLine().getOut(), global.json()).result(result,
                    "restored version " + number + " of " + after.filePath() + " as version " + made);
            return ExitCode.OK.code();
        }
    }
}

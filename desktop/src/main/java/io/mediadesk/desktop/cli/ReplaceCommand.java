package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.ingest.ContentIntake;
import io.mediadesk.library.store.AssetRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk replace --id ID FILE}: FILE's bytes become the asset's new content, through the
 * same probe, safety limits, hash and content-addressed original store as import
 * ({@link ContentIntake}); the old content stays as a version. A file that is not an acceptable
 * image is exit 4 and nothing changes (the original is written only after the probe and limits pass,
 * and the catalog only after the original).
 */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = {"Give an asset new content from FILE; its old content is kept as a version (see `versions`). "
                + "Id, path, tags and metadata stay.",
            "JSON: {\"id\",\"path\",\"version\",\"sha256\",\"width\",\"height\",\"format\"}"})
final class ReplaceCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", required = true, description = "The asset to replace.")
    String id;

    @Parameters(paramLabel = "FILE", description = "The new content: an image file.")
    Path file;

    @Override
    public Integer call() {
        AssetId asset = VersionsCommand.assetId(id);
        if (!Files.isRegularFile(file)) throw SearchCommand.usage("no such file: " + file);
        GlobalOptions global = root.global();
        Asset after;
        int version;
        try (AppServices services = root.openServices();
                ContentIntake intake = new ContentIntake(services.library().originals())) {
            AssetRepository repo = services.library().assets();
            Asset before = VersionsCommand.existing(repo, asset);
            Asset content;
            try {
                content = intake.take(file, asset, before.folder(), before.name(), Instant.now());
            } catch (ImageRejectedException e) {
                throw CommandFailure.rejected(file, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            after = repo.replaceContent(asset, content);
            version = repo.versions(asset).get(0).number();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", asset.value());
        result.put("path", after.filePath());
        result.put("version", version);
        result.put("sha256", after.contentHash());
        result.put("width", after.width());
        result.put("height", after.height());
        result.put("format", after.format());
        new Output(spec.commandLine().getOut(), global.json()).result(result, "replaced " + after.filePath() + ": version "
                + version + ", " + after.format() + " " + after.width() + "x" + after.height() + " sha256:" + after.contentHash());
        return ExitCode.OK.code();
    }
}

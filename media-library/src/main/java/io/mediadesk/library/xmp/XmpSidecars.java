package io.mediadesk.library.xmp;

import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Field;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.store.AssetRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Exports sidecars for a selection and imports a folder of them. A sidecar is named after the
 * original ({@code beach.jpg.xmp}, the darktable/digiKam convention that keeps {@code beach.jpg}
 * and {@code beach.png} apart) and placed under the chosen folder at the asset's library path
 * ({@code DIR/summer/beach.jpg.xmp}), which is where an export of the originals with their folders
 * puts the image. Import matches a sidecar by that path first, then by file name alone when exactly
 * one asset has it; it adds the keywords as tags and sets the rating and label the file has, each
 * an audited edit through the repository. A bad sidecar is reported and the rest goes on.
 */
public final class XmpSidecars {
    /** What happened to one asset or one sidecar. */
    public record Item(Path sidecar, Optional<AssetId> asset, String status, String detail) {
    }

    private XmpSidecars() {
    }

    /** The sidecar path for {@code asset} under {@code dir}. */
    public static Path pathFor(Path dir, Asset asset) {
        Path target = dir;
        for (String segment : asset.folder().value().split("/")) {
            if (!segment.isEmpty()) target = target.resolve(segment);
        }
        target = target.resolve(asset.name() + ".xmp");
        // Segments and names follow the service's rules (no / . ..), so this holds; checked anyway.
        if (!target.normalize().startsWith(dir.normalize())) throw new LibraryException("refusing to write outside " + dir + ": " + target);
        return target;
    }

    public static List<Item> export(AssetRepository repo, List<AssetId> ids, Path dir) {
        List<Item> out = new ArrayList<>();
        for (AssetId id : ids) {
            Optional<Asset> found = repo.find(id);
            if (found.isEmpty()) continue;
            Asset a = found.get();
            Path target = pathFor(dir, a);
            try {
                Files.createDirectories(target.getParent());
                XmpSidecar sidecar = XmpSidecar.of(a.tags(), a.rating(), a.label());
                AtomicFiles.write(target, sidecar::write);
                out.add(new Item(target, Optional.of(id), "written", a.tags().size() + " keywords, rating " + a.rating()
                        + ", label " + a.label().wireName()));
            } catch (IOException e) {
                out.add(new Item(target, Optional.of(id), "failed", e.getMessage()));
            }
        }
        return out;
    }

    public static List<Item> importFrom(AssetRepository repo, Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".xmp")).sorted().toList();
        } catch (IOException e) {
            throw new LibraryException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        List<Item> out = new ArrayList<>();
        for (Path file : files) {
            out.add(importOne(repo, dir, file));
        }
        return out;
    }

    private static Item importOne(AssetRepository repo, Path dir, Path file) {
        Optional<Asset> target;
        try {
            target = match(repo, dir, file);
        } catch (InvalidValueException e) {
            return new Item(file, Optional.empty(), "unmatched", e.getMessage());
        }
        if (target.isEmpty()) return new Item(file, Optional.empty(), "unmatched", "no asset has this path or name");
        AssetId id = target.get().id();
        XmpSidecar sidecar;
        try (InputStream in = Files.newInputStream(file)) {
            sidecar = XmpSidecar.read(in, file.toString());
        } catch (IOException | InvalidValueException e) {
            return new Item(file, Optional.of(id), "failed", e.getMessage());
        }
        List<String> done = new ArrayList<>();
        if (!sidecar.keywords().isEmpty() && repo.addTags(List.of(id), sidecar.keywords()) > 0) done.add("tags");
        if (sidecar.rating().isPresent() && repo.setRating(List.of(id), sidecar.rating().get()) > 0) done.add("rating");
        if (sidecar.label().isPresent() && repo.setLabel(List.of(id), sidecar.label().get()) > 0) done.add("label");
        String detail = (done.isEmpty() ? "nothing new" : "set " + String.join(", ", done))
                + (sidecar.skipped().isEmpty() ? "" : "; skipped " + String.join("; ", sidecar.skipped()));
        return new Item(file, Optional.of(id), done.isEmpty() ? "unchanged" : "imported", detail);
    }

    /** By the library path the file sits at under {@code dir}, else by its name when one asset alone has it. */
    private static Optional<Asset> match(AssetRepository repo, Path dir, Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".xmp".length());
        Path rel = dir.relativize(file.getParent());
        StringBuilder folder = new StringBuilder("/");
        for (Path segment : rel) {
            if (!segment.toString().isEmpty()) folder.append(segment).append('/');
        }
        Query byName = new Query.Clause(Field.of(Field.Kind.NAME), Operator.EQ, List.of(Operand.text(name)));
        Optional<FolderPath> path;
        try {
            path = Optional.of(FolderPath.parse(folder.toString()));
        } catch (InvalidValueException e) {
            path = Optional.empty(); // a folder on disk no library path can have: match by name alone
        }
        if (path.isPresent()) {
            Query byPath = new Query.And(List.of(byName,
                    new Query.Clause(Field.of(Field.Kind.PATH), Operator.EQ, List.of(Operand.text(path.get().value())))));
            List<Asset> exact = repo.search(AssetQuery.of(byPath).page(0, 2)).items();
            if (!exact.isEmpty()) return Optional.of(exact.get(0));
        }
        List<Asset> named = repo.search(AssetQuery.of(byName).page(0, 2)).items();
        if (named.size() > 1) throw new InvalidValueException("xmp", "ambiguous", "several assets are named " + name + "; put the sidecar at the asset's folder path");
        return named.stream().findFirst();
    }
}

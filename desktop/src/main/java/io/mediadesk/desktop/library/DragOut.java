package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FileName;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.input.ClipboardContent;

/**
 * What dragging tiles out of the window hands to other apps: the originals as files under their
 * library names (originals are stored by hash, so each is linked, or copied where a link is not
 * possible, into a fresh temporary folder), and the delivery URLs as text when an account is
 * connected. A drag is made synchronously on the FX thread, so it takes at most {@link #LIMIT}
 * assets; links make that cheap, copies across file systems cost what the bytes cost. It uses the
 * originals on this machine's disk only (never a fetch from a team catalog's GridFS on the FX
 * thread); the thumbnail worker fetched them when the tiles were shown.
 */
public final class DragOut {
    public static final int LIMIT = 100;

    private final Originals originals;
    private final Function<Asset, Optional<String>> urls;

    /** {@code urls}: an asset's delivery URL on the connected account, empty when none is connected. */
    public DragOut(Originals originals, Function<Asset, Optional<String>> urls) {
        this.originals = originals;
        this.urls = urls;
    }

    /** Files and URL text for these assets (the first {@link #LIMIT}); empty when none has an original on disk. */
    public ClipboardContent content(List<Asset> assets) {
        ClipboardContent content = new ClipboardContent();
        List<Asset> chosen = assets.subList(0, Math.min(LIMIT, assets.size()));
        List<Path> files = stage(chosen);
        if (!files.isEmpty()) content.putFiles(files.stream().map(Path::toFile).toList());
        List<String> links = chosen.stream().map(urls).flatMap(Optional::stream).toList();
        if (!links.isEmpty()) {
            content.putString(String.join("\n", links));
            if (links.size() == 1) content.putUrl(links.get(0));
        }
        return content;
    }

    /**
     * The originals under their library names in a new temporary folder; two assets of the same
     * name (from different folders) become {@code name_2.jpg}. Assets whose original is missing are left out.
     */
    List<Path> stage(List<Asset> assets) {
        try {
            Path folder = Files.createTempDirectory("mediadesk-drag-");
            folder.toFile().deleteOnExit();
            Set<String> used = new HashSet<>();
            List<Path> out = new ArrayList<>();
            for (Asset a : assets) {
                Path original = originals.local(a.contentHash(), a.format());
                if (!Files.isRegularFile(original)) continue;
                String name = a.name();
                for (int n = 2; !used.add(name); n++) name = FileName.numbered(a.name(), n);
                Path target = folder.resolve(name);
                try {
                    Files.createLink(target, original);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(original, target);
                }
                target.toFile().deleteOnExit();
                out.add(target);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the dragged files: " + e.getMessage(), e);
        }
    }
}

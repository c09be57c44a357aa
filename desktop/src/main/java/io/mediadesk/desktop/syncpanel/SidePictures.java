package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.transform.ByteCount;
import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.render.EncodedPixels;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.Library;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.store.Originals;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.url.DeliveryFetch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The library's side rendered by the engine from the asset's original (trash included); the
 * service's side as the CDN serves it, fetched by the sync module's {@link DeliveryFetch} at the
 * same size ({@code w-256,h-256,c-at_max}), signed with a short expiry when the CDN answers
 * 401/403 (a private file), as the studio's CDN comparison does.
 */
public final class SidePictures implements ConflictPictures {
    static final String TRANSFORMATION = "w-" + SIZE + ",h-" + SIZE + ",c-at_max";
    private static final long SIGNED_SECONDS = 300;

    private final Library library;
    private final Originals originals;
    private final Renderer renderer;
    private final DeliveryFetch fetch;
    private final Transformation small = new TransformationParser().parse(TRANSFORMATION);

    public SidePictures(Library library, Renderer renderer, DeliveryFetch fetch) {
        this.library = library;
        this.originals = library.originals();
        this.renderer = renderer;
        this.fetch = fetch;
    }

    @Override
    public Picture library(LocalFile file) {
        Optional<Asset> asset;
        try {
            asset = library.assets().find(AssetId.of(file.id()));
        } catch (LibraryException | IllegalArgumentException e) {
            return Picture.none("The library cannot read this asset: " + e.getMessage());
        }
        if (asset.isEmpty()) return Picture.none("The asset is gone from the library.");
        Path original;
        try {
            original = originals.open(asset.get()); // a team catalog's is fetched from GridFS first
        } catch (IOException | LibraryException e) {
            return Picture.none("No preview: " + e.getMessage());
        }
        try {
            return new Picture(renderer.renderPixels(original, small), "");
        } catch (EngineException | UncheckedIOException e) {
            return Picture.none("No preview: " + e.getMessage());
        }
    }

    @Override
    public Picture service(Connection account, RemoteEntry file) {
        String url = account.urls().path(file.path()).transformation(TRANSFORMATION).build();
        DeliveryFetch.Served served;
        try {
            served = fetch.get(url);
            if (served.status() == 401 || served.status() == 403) {
                served = fetch.get(account.urls().path(file.path()).transformation(TRANSFORMATION).signedWith(account.key())
                        .expiresIn(SIGNED_SECONDS).build());
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Picture.none("The CDN could not be reached: " + e.getMessage());
        }
        if (!served.ok()) {
            return Picture.none("The CDN answered HTTP " + served.status() + (served.ikError().isEmpty() ? "" : " (" + served.ikError() + ")")
                    + ".");
        }
        try {
            return new Picture(EncodedPixels.decode(served.body()), "");
        } catch (EngineException e) {
            return Picture.none("The CDN's answer (" + ByteCount.text(served.body().length) + ") is no image this app can show: "
                    + e.getMessage());
        }
    }
}

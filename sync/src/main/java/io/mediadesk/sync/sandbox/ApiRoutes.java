package io.mediadesk.sync.sandbox;

import io.mediadesk.engine.render.Renderer;

/** Wires every resource's handler into one route table; the order puts specific paths before general ones. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Routes of(Store store, Account account, Renderer renderer) {
        Routes routes = new Routes();
        FileJson json = new FileJson(account, store);
        Purges purges = new Purges(store, account);
        Presets presets = new Presets(store);
        DeliveryHandler delivery = new DeliveryHandler(store, presets, renderer);
        new UploadHandler(store, account, json).register(routes);
        new PurgeHandler(purges).register(routes);
        new BulkHandler(store).register(routes);
        new FileMoveHandler(store, account, purges).register(routes);
        new FileListHandler(store, json).register(routes);
        new VersionHandler(store, json).register(routes);
        new FileHandler(store, json).register(routes);
        new UrlMetadataHandler(account, delivery).register(routes);
        new FolderHandler(store, account, purges).register(routes);
        new MetadataFieldHandler(store).register(routes);
        new NamedTransformationHandler(store, account, presets).register(routes);
        new UsageHandler(store, account).register(routes);
        delivery.register(routes);
        return routes;
    }
}

package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.CallExecutor;
import io.mediadesk.sync.client.http.HttpStack;
import io.mediadesk.sync.client.http.JsonCodec;
import io.mediadesk.sync.credential.PrivateKey;
import java.util.HashSet;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The hosted service's REST API for one account.
 *
 * <pre>{@code
 * ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withVersion("0.1.0"), key);
 * UploadResult up = client.uploads().upload(UploadRequest.of(path).folder("/products/").tags(List.of("new")));
 * client.files().list(FileQuery.all().path("/products/")).limit(50).forEach(System.out::println);
 * client.files().addTags(ids, List.of("sale"));           // 50 ids per request, 207s merged
 * String purge = client.purges().submit(up.url());
 * }</pre>
 *
 * Every failure is a {@link io.mediadesk.sync.SyncException} of one of the kinds in
 * {@code io.mediadesk.sync.client.error}; transient ones have already been retried. Thread-safe.
 */
public final class ImageKitClient {
    private final FileResource files;
    private final UploadResource uploads;
    private final VersionResource versions;
    private final FolderResource folders;
    private final MetadataFieldResource metadataFields;
    private final NamedTransformationResource namedTransformations;
    private final PurgeResource purges;
    private final AccountResource accounts;

    private ImageKitClient(Endpoints endpoints, PrivateKey key) {
        this.files = new FileResource(endpoints, key);
        this.uploads = new UploadResource(endpoints, files);
        this.versions = new VersionResource(endpoints);
        this.folders = new FolderResource(endpoints);
        this.metadataFields = new MetadataFieldResource(endpoints);
        this.namedTransformations = new NamedTransformationResource(endpoints);
        this.purges = new PurgeResource(endpoints);
        this.accounts = new AccountResource(endpoints);
    }

    public static ImageKitClient create(ClientConfig config, PrivateKey key) {
        HttpStack.Account account = new HttpStack.Account(key, new HashSet<>(List.of(config.apiBase().host(), config.uploadBase().host())),
                config.userAgent(), config.connectTimeout(), config.readTimeout(), config.writeTimeout());
        OkHttpClient http = HttpStack.forAccount(config.httpBase(), account, config.time(), config.retry().maxServerWait());
        JsonCodec json = new JsonCodec(config.maxResponseBytes());
        CallExecutor executor = new CallExecutor(http, config.retry(), config.time(), config.random(), json,
                config.maxResponseBytes(), config.retryObserver());
        return new ImageKitClient(new Endpoints(executor, json, config.apiBase(), config.uploadBase()), key);
    }

    public FileResource files() {
        return files;
    }

    public UploadResource uploads() {
        return uploads;
    }

    public VersionResource versions() {
        return versions;
    }

    public FolderResource folders() {
        return folders;
    }

    public MetadataFieldResource metadataFields() {
        return metadataFields;
    }

    public NamedTransformationResource namedTransformations() {
        return namedTransformations;
    }

    public PurgeResource purges() {
        return purges;
    }

    /** The account's usage figures. */
    public AccountResource accounts() {
        return accounts;
    }
}

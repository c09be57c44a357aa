package io.mediadesk.sync.purge;

import io.mediadesk.sync.url.DeliveryUrls;
import io.mediadesk.sync.url.TransformationPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns what a user means to purge into purge requests (spec 4: one URL per request), checked
 * against the service's rules. Pure: no I/O, no clock; the caller reads files and listings.
 *
 * <pre>{@code
 * PurgePlan plan = PurgePlanner.forEndpoint(DeliveryUrls.of("https://ik.imagekit.io/demo"))
 *         .url("https://ik.imagekit.io/demo/a.jpg")
 *         .asset("/products/shoe.jpg")                        // the URL, and shoe.jpg* for its ?tr= variants
 *         .folder("/products/red/", filesUnderIt)              // one red/* when the rules allow, else each file
 *         .preset("n-thumb", assetPaths, TransformationPosition.PATH) // tr:n-thumb/<path> per asset
 *         .plan();
 * }</pre>
 *
 * A path-form variant ({@code tr:w-100/shoe.jpg}) is not under {@code shoe.jpg*}, which is why a
 * preset's URLs are built one by one.
 */
public final class PurgePlanner {
    private final DeliveryUrls urls;
    private final PurgeUrlRules rules;
    private final Set<String> planned = new LinkedHashSet<>();
    private final List<PurgePlan.Rejection> rejected = new ArrayList<>();

    private PurgePlanner(DeliveryUrls urls) {
        this.urls = urls;
        this.rules = new PurgeUrlRules(urls == null ? null : urls.endpoint());
    }

    /** Plans for the account whose delivery URLs start with {@code urls}' endpoint. */
    public static PurgePlanner forEndpoint(DeliveryUrls urls) {
        return new PurgePlanner(Objects.requireNonNull(urls, "urls"));
    }

    /** Plans full URLs only; the wildcard rules then measure the path after its first segment (the imagekit id). */
    public static PurgePlanner withoutEndpoint() {
        return new PurgePlanner(null);
    }

    public PurgePlanner url(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            rejected.add(new PurgePlan.Rejection(String.valueOf(url), "an empty URL"));
            return this;
        }
        rules.refusal(u).ifPresentOrElse(reason -> rejected.add(new PurgePlan.Rejection(u, reason)), () -> planned.add(u));
        return this;
    }

    public PurgePlanner urls(Collection<String> all) {
        all.forEach(this::url);
        return this;
    }

    /** One URL a line; blank lines and lines starting with {@code #} are skipped. */
    public PurgePlanner fileOfUrls(String content) {
        content.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(this::url);
        return this;
    }

    /**
     * Every file URL under {@code folderPath}: one {@code folder/*} request when the wildcard rules
     * allow it (it also covers {@code ?tr=} variants, and costs one request of the monthly quota),
     * else each of {@code filePaths}, the files the caller found under it.
     */
    public PurgePlanner folder(String folderPath, Collection<String> filePaths) {
        String folder = relative(folderPath);
        folder = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        String wildcard = endpoint().path(folder).build();
        wildcard = (wildcard.endsWith("/") ? wildcard : wildcard + "/") + "*";
        if (!folder.isEmpty() && rules.refusal(wildcard).isEmpty()) {
            return url(wildcard);
        }
        filePaths.forEach(p -> url(endpoint().path(relative(p)).build()));
        return this;
    }

    /** The asset's URL, and {@code file.ext*} for its query-form derivatives when the rules allow it. */
    public PurgePlanner asset(String filePath) {
        String url = endpoint().path(relative(filePath)).build();
        url(url);
        if (rules.refusal(url + "*").isEmpty()) {
            url(url + "*");
        }
        return this;
    }

    /** Every URL of every asset rendered with {@code transformation}, in each of {@code positions}. */
    public PurgePlanner preset(String transformation, Collection<String> assetPaths, TransformationPosition... positions) {
        TransformationPosition[] where = positions.length == 0 ? new TransformationPosition[] {TransformationPosition.PATH} : positions;
        for (String path : assetPaths) {
            for (TransformationPosition position : where) {
                url(endpoint().path(relative(path)).transformation(transformation).position(position).build());
            }
        }
        return this;
    }

    public PurgePlan plan() {
        return new PurgePlan(new ArrayList<>(planned), rejected);
    }

    private DeliveryUrls endpoint() {
        if (urls == null) {
            throw new IllegalStateException("folders, assets and presets need the account's URL endpoint");
        }
        return urls;
    }

    private static String relative(String path) {
        return path == null ? "" : path.strip().replaceAll("^/+", "");
    }
}

package io.mediadesk.sync.purge;

import java.util.List;

/**
 * What a set of inputs comes to: the URLs to purge (each once, in the order first met) and the
 * inputs the service would refuse, each with its reason. Nothing is sent for a plan with
 * rejections unless the caller decides to send the rest.
 */
public record PurgePlan(List<String> urls, List<Rejection> rejections) {

    /** An input the service would refuse, and why. */
    public record Rejection(String input, String reason) {
    }

    public PurgePlan {
        urls = List.copyOf(urls);
        rejections = List.copyOf(rejections);
    }

    public boolean clean() {
        return rejections.isEmpty();
    }
}

package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route table: method, path pattern, endpoint family and endpoint. Patterns are matched
 * against the raw path in order, so a specific route must come before a general one.
 */
final class Routes {
    record Route(String method, Pattern path, Family family, Endpoint endpoint) {
    }

    /** A matched route with its captures; {@code allowed} is false when only the method was wrong. */
    record Match(Route route, List<String> captures, boolean allowed) {
    }

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String regex, Family family, Endpoint endpoint) {
        routes.add(new Route(method, Pattern.compile(regex), family, endpoint));
        return this;
    }

    Optional<Match> match(String method, String rawPath) {
        Match wrongMethod = null;
        for (Route route : routes) {
            Matcher m = route.path().matcher(rawPath);
            if (!m.matches()) {
                continue;
            }
            List<String> captures = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                captures.add(m.group(g));
            }
            if (route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"))) {
                return Optional.of(new Match(route, captures, true));
            }
            if (wrongMethod == null) {
                wrongMethod = new Match(route, captures, false);
            }
        }
        return Optional.ofNullable(wrongMethod);
    }
}

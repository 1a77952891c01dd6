package dev.drop.platform.core.internal.module;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The API path prefixes of a module, with {@code {param}} segments matching any one segment: {@code /v1/catalog}
 * covers {@code /v1/catalog} and everything below it, never {@code /v1/catalogue}.
 */
final class RoutePrefixes {

    private final List<Pattern> patterns;

    RoutePrefixes(List<String> prefixes) {
        this.patterns = prefixes.stream().map(RoutePrefixes::compile).toList();
    }

    boolean covers(String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return patterns.stream().anyMatch(pattern -> pattern.matcher(normalized).matches());
    }

    private static Pattern compile(String prefix) {
        StringBuilder regex = new StringBuilder();
        for (String segment : prefix.replaceAll("^/+|/+$", "").split("/")) {
            regex.append('/').append(segment.matches("\\{[^/]+}") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(regex + "(/.*)?");
    }
}

package dev.drop.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files the API's root resources under the literal start of their paths, so that a request is routed by Jersey
 * among the few resources that can answer it rather than among all of them. Jersey tries every root resource's
 * pattern in turn, a regular expression each, and the resources with the shortest literal paths (the login, the
 * public catalog) come last: with every module added, every request paid more.
 *
 * <p>A root resource is filed under its first two path segments when both are literal ({@code v1/auth}), under its
 * first when only that one is ({@code openapi.json}, {@code v1/{version}}), and otherwise nowhere in particular: it
 * could match any path, so it goes with every group. A request whose first two segments name a group goes to it;
 * else one whose first segment does; else the group of resources filed nowhere in particular ({@link #ANYWHERE}). The
 * group a request goes to holds every root resource whose path could match the request's, so Jersey answers it as
 * it would with all of them.
 */
final class RoutePrefixes {

    /** The prefix of resources whose first path segment is not literal, and of requests no other prefix matches. */
    static final String ANYWHERE = "";

    private RoutePrefixes() {
    }

    /** The prefix a root resource with this {@code @Path} is filed under. */
    static String of(String rootPath) {
        String path = trimSlashes(rootPath);
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (!isLiteral(first)) {
            return ANYWHERE;
        }
        if (slash < 0) {
            return first;
        }
        int next = path.indexOf('/', slash + 1);
        String second = path.substring(slash + 1, next < 0 ? path.length() : next);
        return isLiteral(second) ? first + "/" + second : first;
    }

    /**
     * The resources each prefix serves, {@link #ANYWHERE} included: those filed under it, those filed under its first
     * segment, and those filed nowhere in particular, each list in the order given.
     */
    static <T> Map<String, List<T>> group(Map<T, String> rootPaths) {
        Map<String, List<T>> filed = new LinkedHashMap<>();
        filed.put(ANYWHERE, new ArrayList<>());
        rootPaths.forEach((resource, path) -> filed.computeIfAbsent(of(path), prefix -> new ArrayList<>()).add(resource));
        Map<String, List<T>> groups = new LinkedHashMap<>();
        filed.forEach((prefix, resources) -> {
            List<T> group = new ArrayList<>(resources);
            int slash = prefix.indexOf('/');
            if (slash > 0) {
                group.addAll(filed.getOrDefault(prefix.substring(0, slash), List.of()));
            }
            if (!prefix.equals(ANYWHERE)) {
                group.addAll(filed.get(ANYWHERE));
            }
            groups.put(prefix, List.copyOf(group));
        });
        return groups;
    }

    /**
     * The prefix a request for this raw path (relative to the API's root, without the query) goes to, of the
     * prefixes that have resources.
     */
    static String forRequest(String path, Set<String> prefixes) {
        int first = path.indexOf('/');
        if (first < 0) {
            return prefixes.contains(path) ? path : ANYWHERE;
        }
        int second = path.indexOf('/', first + 1);
        String two = path.substring(0, second < 0 ? path.length() : second);
        if (prefixes.contains(two)) {
            return two;
        }
        String one = path.substring(0, first);
        return prefixes.contains(one) ? one : ANYWHERE;
    }

    /** Characters that mean themselves in a path template and in a request's raw path alike. */
    private static boolean isLiteral(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!unreserved) {
                return false;
            }
        }
        return true;
    }

    private static String trimSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }
}

package dev.drop.platform.core.internal.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a Karaf feature says it is a Drop module: a capability in the {@code drop.module} namespace naming the module,
 * whether it is on until an operator decides otherwise, the API path prefixes it serves, the web page path prefixes it
 * serves, and the modules whose services it needs running (installed before it), e.g.
 * {@code <capability>drop.module;drop.module=catalog;enabled=true;routes:List<String>="/v1/catalog";pages:List<String>="/shop";needs:List<String>="merchants"</capability>}.
 */
public record ModuleCapability(String name, boolean enabledByDefault, List<String> routes, List<String> pages,
                               List<String> needs) {

    public static final String NAMESPACE = "drop.module";

    public ModuleCapability {
        routes = List.copyOf(routes);
        pages = List.copyOf(pages);
        needs = List.copyOf(needs);
    }

    /** The module a capability clause declares, if it is one of ours. */
    public static Optional<ModuleCapability> parse(String clause) {
        List<String> parts = splitOutsideQuotes(clause);
        if (parts.isEmpty() || !NAMESPACE.equals(parts.get(0).trim())) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                String key = part.substring(0, equals).trim().replaceFirst(":.*$", "");
                attributes.put(key, unquote(part.substring(equals + 1).trim()));
            }
        }
        String name = attributes.get(NAMESPACE);
        if (name == null || !name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        return Optional.of(new ModuleCapability(name, Boolean.parseBoolean(attributes.get("enabled")),
                list(attributes.get("routes")), list(attributes.get("pages")), list(attributes.get("needs"))));
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static List<String> splitOutsideQuotes(String clause) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : clause.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}

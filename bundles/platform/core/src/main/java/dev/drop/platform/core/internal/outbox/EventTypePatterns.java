package dev.drop.platform.core.internal.outbox;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** A subscription's event type patterns: exact types, {@code prefix.*}, or {@code *}; stored comma-separated. */
public record EventTypePatterns(List<String> patterns) {

    private static final Pattern VALID = Pattern.compile("\\*|[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*(\\.\\*)?");

    public EventTypePatterns {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a subscription names at least one event type");
        }
        for (String pattern : patterns) {
            if (!VALID.matcher(pattern).matches()) {
                throw new IllegalArgumentException("'" + pattern + "' is not an event type pattern (type, prefix.* or *)");
            }
        }
        patterns = patterns.stream().sorted().toList();
    }

    public static EventTypePatterns of(Collection<String> patterns) {
        return new EventTypePatterns(List.copyOf(patterns));
    }

    public static EventTypePatterns parse(String stored) {
        return new EventTypePatterns(Arrays.asList(stored.split(",")));
    }

    public String stored() {
        return String.join(",", patterns);
    }

    public boolean matches(String type) {
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.equals(type)
                    || pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}

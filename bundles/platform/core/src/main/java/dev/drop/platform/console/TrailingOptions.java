package dev.drop.platform.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options written after a sub-command ({@code drop:module disable cards --reason "..."}). Karaf's shell reads options
 * only before the first argument, so the commands take the rest of the line as arguments and read them here.
 */
public final class TrailingOptions {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    public TrailingOptions(List<String> tokens, Map<String, String> aliases) {
        List<String> rest = tokens == null ? List.of() : tokens;
        for (int i = 0; i < rest.size(); i++) {
            String token = rest.get(i);
            String name = aliases.getOrDefault(token, token);
            if (name.startsWith("--")) {
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException(token + " needs a value");
                }
                options.put(name, rest.get(++i));
            } else {
                positional.add(token);
            }
        }
    }

    /** The option's value: the one written after the sub-command wins over one written before it. */
    public String get(String name, String before) {
        return options.getOrDefault(name, before);
    }

    public List<String> positional() {
        return positional;
    }
}

package dev.drop.platform.core.internal.module;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the resolver's nested "Unable to resolve ... missing requirement ..." message into one sentence an operator
 * can act on: which bundle or feature needs what.
 */
final class ResolutionFailure {

    private static final Pattern MISSING = Pattern.compile(
            "missing requirement \\[([^\\]]+)] ([\\w.]+); (?:filter:=\"\\(&?\\(?([\\w.]+)=([^)]+)\\)|([\\w.]+)=([^;\\]]+))");

    private ResolutionFailure() {
    }

    static String explain(String module, Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher matcher = MISSING.matcher(message);
        String innermost = null;
        String requirer = null;
        while (matcher.find()) {
            requirer = matcher.group(1);
            innermost = matcher.group(3) != null ? describe(matcher.group(3), matcher.group(4))
                    : describe(matcher.group(5), matcher.group(6));
        }
        if (innermost == null) {
            return "module " + module + " could not be installed: " + message.lines().findFirst().orElse(message);
        }
        return "module " + module + " cannot be enabled: " + requirer.replaceFirst("/[^/]*$", "") + " needs " + innermost
                + ", which nothing installed provides";
    }

    private static String describe(String kind, String value) {
        return switch (kind) {
            case "osgi.wiring.package" -> "package " + value;
            case "osgi.identity" -> "bundle or feature " + value;
            case "osgi.service", "objectClass" -> "service " + value;
            default -> kind + " " + value;
        };
    }
}

package dev.drop.platform.flag;

import dev.drop.platform.security.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A feature flag and its rules. Off when {@code enabled} is false, whatever the rules (the kill switch). Switched on
 * with no targeting (empty allowlists, no {@code rolloutPercent}) it is on for everyone. Targeting narrows it: then it
 * is on for subjects on an allowlist, and for {@code rolloutPercent} % of users (or merchants, see {@code rolloutBy}),
 * the same ones every time, on every node.
 */
public record Flag(String name, boolean enabled, Set<String> allowUsers, Set<String> allowMerchants,
                   Set<Role> allowRoles, Integer rolloutPercent, RolloutBy rolloutBy, Instant updatedAt, String updatedBy) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    public Flag {
        if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a flag name is lower case words joined by . or -, e.g. cards.virtual");
        }
        if (rolloutPercent != null && (rolloutPercent < 0 || rolloutPercent > 100)) {
            throw new IllegalArgumentException("a rollout is 0 to 100 percent, not " + rolloutPercent);
        }
        allowUsers = Set.copyOf(allowUsers);
        allowMerchants = Set.copyOf(allowMerchants);
        allowRoles = Set.copyOf(allowRoles);
        Objects.requireNonNull(rolloutBy, "rolloutBy");
    }

    /** A new flag: off for everyone until it is switched on. */
    public static Flag named(String name) {
        return new Flag(name, false, Set.of(), Set.of(), Set.of(), null, RolloutBy.USER, null, null);
    }

    /** Whether any rule narrows who gets the flag; without one, a flag switched on is on for everyone. */
    public boolean targeted() {
        return !allowUsers.isEmpty() || !allowMerchants.isEmpty() || !allowRoles.isEmpty() || rolloutPercent != null;
    }
}

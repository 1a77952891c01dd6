package dev.drop.platform.db.internal;

import dev.drop.platform.db.DatabaseKind;
import java.util.Optional;

/** Decides whether the platform may run on a database in a profile. */
final class ProductionGuard {

    private ProductionGuard() {
    }

    /** Why the platform must not start, or empty when it may. */
    static Optional<String> refusal(String profile, DatabaseKind kind) {
        if (!"dev".equals(profile) && !"prod".equals(profile)) {
            return Optional.of("Drop refuses to start: profile '" + profile + "' is unknown; set profile=dev or profile=prod"
                    + " in etc/" + PlatformConfig.PID + ".cfg.");
        }
        if ("prod".equals(profile) && kind == DatabaseKind.H2) {
            return Optional.of("Drop refuses to start: profile prod needs PostgreSQL, but the datasource is the embedded H2"
                    + " database. Point etc/org.ops4j.datasource-drop.cfg at PostgreSQL, or set profile=dev for a development run.");
        }
        return Optional.empty();
    }
}

package dev.drop.platform.core.internal.module;

import java.util.List;
import org.apache.karaf.features.Feature;

/**
 * A module as the features repositories define it: its name, its feature, whether it is on until an operator says
 * otherwise, and the API prefixes it serves.
 */
record ModuleDefinition(String name, Feature feature, boolean enabledByDefault, List<String> routes) {

    ModuleDefinition {
        routes = List.copyOf(routes);
    }

    boolean covers(String apiPath) {
        return new RoutePrefixes(routes).covers(apiPath);
    }
}

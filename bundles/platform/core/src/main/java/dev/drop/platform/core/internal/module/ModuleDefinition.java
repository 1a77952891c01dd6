package dev.drop.platform.core.internal.module;

import java.util.List;
import org.apache.karaf.features.Feature;

/**
 * A module as the features repositories define it: its name, its feature, whether it is on until an operator says
 * otherwise, the API prefixes and the web page prefixes it serves, and the modules it needs running.
 */
record ModuleDefinition(String name, Feature feature, boolean enabledByDefault, List<String> routes, List<String> pages,
                        List<String> needs) {

    ModuleDefinition {
        routes = List.copyOf(routes);
        pages = List.copyOf(pages);
        needs = List.copyOf(needs);
    }

    boolean covers(String apiPath) {
        return new RoutePrefixes(routes).covers(apiPath);
    }

    boolean coversPage(String path) {
        return new RoutePrefixes(pages).covers(path);
    }
}

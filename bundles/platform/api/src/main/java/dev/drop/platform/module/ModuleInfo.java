package dev.drop.platform.module;

import java.util.List;

/**
 * A module: a Karaf feature ({@code drop-<name>}) the platform can switch on and off.
 *
 * @param enabled whether operators want it on (the desired state, shared by every node)
 * @param state   what it is actually doing on this node
 * @param detail  why it is not {@link ModuleState#ACTIVE}, in plain words; empty when it is
 * @param routes  the API path prefixes it serves, e.g. {@code /v1/catalog}
 */
public record ModuleInfo(String name, String version, boolean enabled, ModuleState state, String detail,
                         List<String> routes, List<ModuleBundle> bundles) {

    public ModuleInfo {
        routes = List.copyOf(routes);
        bundles = List.copyOf(bundles);
        detail = detail == null ? "" : detail;
    }
}

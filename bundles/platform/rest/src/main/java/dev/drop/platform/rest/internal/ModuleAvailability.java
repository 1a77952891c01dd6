package dev.drop.platform.rest.internal;

import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import java.util.Optional;

/**
 * Answers, for a path no resource serves, whether it belongs to a module that is switched off or not up. The module
 * service comes and goes with the platform core; without it, every unknown path is simply not found.
 */
public final class ModuleAvailability {

    private volatile ModuleService modules;

    void bind(ModuleService service) {
        modules = service;
    }

    void unbind(ModuleService service) {
        if (modules == service) {
            modules = null;
        }
    }

    /** @param apiPath a path below {@code /api}, e.g. {@code /v1/cards/12} */
    public Optional<ModuleInfo> unavailableModuleServing(String apiPath) {
        ModuleService current = modules;
        return current == null ? Optional.empty() : current.unavailableModuleServing(apiPath);
    }
}

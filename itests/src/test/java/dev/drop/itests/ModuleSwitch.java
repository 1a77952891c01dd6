package dev.drop.itests;

import dev.drop.platform.module.ModuleService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Turns modules on and off through the platform's module service, as the console does. */
final class ModuleSwitch {

    private final BundleContext context;

    ModuleSwitch(BundleContext context) {
        this.context = context;
    }

    void enable(String module) {
        ServiceReference<ModuleService> reference = context.getServiceReference(ModuleService.class);
        try {
            context.getService(reference).enable(module, "it:operator", "integration test");
        } finally {
            context.ungetService(reference);
        }
    }

    void disable(String module) {
        ServiceReference<ModuleService> reference = context.getServiceReference(ModuleService.class);
        try {
            context.getService(reference).disable(module, "it:operator", "integration test");
        } finally {
            context.ungetService(reference);
        }
    }
}

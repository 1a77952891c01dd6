package dev.drop.itests;

import dev.drop.platform.module.ModuleService;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Turns modules on and off through the platform's module service, as the console does. */
final class ModuleSwitch {

    private final BundleContext context;

    ModuleSwitch(BundleContext context) {
        this.context = context;
    }

    void enable(String module) {
        withModules(modules -> modules.enable(module, "it:operator", "integration test"));
    }

    void disable(String module) {
        withModules(modules -> modules.disable(module, "it:operator", "integration test"));
    }

    private void withModules(Consumer<ModuleService> change) {
        ServiceReference<ModuleService> reference = context.getServiceReference(ModuleService.class);
        try {
            change.accept(context.getService(reference));
        } finally {
            context.ungetService(reference);
        }
    }
}

package dev.drop.platform.core.internal.module;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleState;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** One readiness check per module ({@code module:<name>}) in {@code /api/v1/health}: down while enabled but not active. */
final class ModuleHealthChecks {

    private final BundleContext context;
    private final Function<String, Optional<ModuleInfo>> modules;
    private final Map<String, ServiceRegistration<HealthCheck>> registrations = new ConcurrentHashMap<>();

    ModuleHealthChecks(BundleContext context, Function<String, Optional<ModuleInfo>> modules) {
        this.context = context;
        this.modules = modules;
    }

    void track(Set<String> names) {
        registrations.keySet().stream().filter(name -> !names.contains(name)).toList()
                .forEach(gone -> registrations.remove(gone).unregister());
        for (String name : names) {
            registrations.computeIfAbsent(name, module -> context.registerService(HealthCheck.class, check(module), null));
        }
    }

    void close() {
        registrations.values().forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private HealthCheck check(String module) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "module:" + module;
            }

            @Override
            public HealthResult check() {
                return modules.apply(module).map(ModuleHealthChecks::result)
                        .orElse(HealthResult.up("no longer in any features repository"));
            }
        };
    }

    private static HealthResult result(ModuleInfo info) {
        String state = info.state().name().toLowerCase() + (info.detail().isEmpty() ? "" : ": " + info.detail());
        return info.state() == ModuleState.ACTIVE || info.state() == ModuleState.DISABLED
                ? HealthResult.up(state) : HealthResult.down(state);
    }
}

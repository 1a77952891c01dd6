package dev.drop.platform.core.internal.module;

import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.module.ModuleState;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The modules as metrics: whether operators want each on, and the state it is in on this node (one series per state,
 * 1 for the current one), so an alert can fire on a module enabled but not active.
 */
@Component(service = Collector.class)
public final class ModuleMetrics extends Collector {

    private final ModuleService modules;

    @Activate
    public ModuleMetrics(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        GaugeMetricFamily enabled = new GaugeMetricFamily("drop_module_enabled",
                "Whether operators want the module on (1) or off (0), on every node.", List.of("module"));
        GaugeMetricFamily state = new GaugeMetricFamily("drop_module_state",
                "The module's state on this node: 1 for the state it is in, 0 for the others.", List.of("module", "state"));
        for (ModuleInfo module : modules.list()) {
            enabled.addMetric(List.of(module.name()), module.enabled() ? 1 : 0);
            for (ModuleState each : ModuleState.values()) {
                state.addMetric(List.of(module.name(), each.name()), module.state() == each ? 1 : 0);
            }
        }
        return List.of(enabled, state);
    }
}

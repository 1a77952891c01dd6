package dev.drop.platform.core.internal.module;

import dev.drop.platform.core.internal.persistence.ModuleStateRow;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.core.internal.web.ServedServlets;
import dev.drop.platform.module.ModuleBundle;
import dev.drop.platform.module.ModuleChange;
import dev.drop.platform.module.ModuleException;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.module.ModuleState;
import dev.drop.platform.module.ServedRoutes;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modules as Karaf features, installed by the platform alone: only the platform boots, and the reconciler installs
 * each module the desired state (or, until an operator decides, the module's default) wants on. Enabling installs
 * the module's feature, disabling uninstalls it, both without refreshing any other bundle. An enable that does not
 * come up (a missing requirement, a component that fails) is rolled back and reported. Operations on this node run
 * one at a time.
 */
@Component(configurationPid = "dev.drop.platform.modules", immediate = true)
@Designate(ocd = FeatureModules.Config.class)
public final class FeatureModules implements ModuleService {

    @ObjectClassDefinition(name = "Drop modules")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between reconciliations of this node with the desired state.")
        int reconcileSeconds() default 10;

        @AttributeDefinition(description = "Seconds an enabled module may take to start before it is rolled back.")
        int startTimeoutSeconds() default 30;
    }

    private static final Logger LOG = LoggerFactory.getLogger(FeatureModules.class);

    private final FeaturesService features;
    private final ServedRoutes served;
    private final BundleContext context;
    private final ModuleReadiness readiness;
    private final ModuleInstaller installer;
    private final DesiredStates desired;
    private final HotDeploy hotDeploy;
    private final ModuleHealthChecks health;
    private final Reconciler reconciler = new Reconciler();
    private final ReentrantLock operations = new ReentrantLock();

    @Activate
    public FeatureModules(Config config, BundleContext context, @Reference FeaturesService features,
                          @Reference ServiceComponentRuntime runtime, @Reference ServedRoutes served,
                          @Reference ServedServlets servlets, @Reference PlatformStore store) {
        this.features = features;
        this.served = served;
        this.context = context;
        this.readiness = new ModuleReadiness(runtime, served, servlets);
        this.desired = new DesiredStates(store.transactions(), Clock.systemUTC());
        this.hotDeploy = new HotDeploy(new SystemRepository(Path.of(context.getProperty("karaf.home"), "system")));
        this.installer = new ModuleInstaller(features, context, readiness, served, Duration.ofSeconds(config.startTimeoutSeconds()));
        this.health = new ModuleHealthChecks(context, this::find);
        // before the first reconciliation: until the modules it installs are up, readiness says so
        health.track(definitions().keySet());
        reconciler.start(this, Duration.ofSeconds(config.reconcileSeconds()));
    }

    @Deactivate
    void stop() {
        reconciler.close();
        health.close();
    }

    @Override
    public List<ModuleInfo> list() {
        Map<String, ModuleStateRow> states = desired.all();
        Map<String, ModuleDefinition> all = definitions();
        return all.values().stream().map(definition -> info(definition, states, all)).toList();
    }

    @Override
    public Optional<ModuleInfo> find(String name) {
        Map<String, ModuleDefinition> all = definitions();
        return Optional.ofNullable(all.get(name)).map(definition -> info(definition, desired.all(), all));
    }

    @Override
    public Optional<ModuleInfo> unavailableModuleServing(String apiPath) {
        Map<String, ModuleDefinition> all = definitions();
        // while the API serves all of a module's routes, a 404 under them is about the path, not the module: the
        // module's full state (its components, its desired state in the database) is read only when one is missing
        return all.values().stream().filter(definition -> definition.covers(apiPath)).findFirst()
                .filter(definition -> !definition.routes().stream().allMatch(served::serves))
                .map(definition -> info(definition, desired.all(), all))
                .filter(info -> info.state() != ModuleState.ACTIVE);
    }

    @Override
    public Optional<ModuleInfo> moduleServingPage(String path) {
        Map<String, ModuleDefinition> all = definitions();
        return all.values().stream().filter(definition -> definition.coversPage(path)).findFirst()
                .map(definition -> info(definition, desired.all(), all));
    }

    @Override
    public ModuleChange enable(String name, String actor, String reason) {
        requireReason(reason);
        return exclusively(() -> {
            long started = System.nanoTime();
            ModuleDefinition module = definition(name);
            installer.bringUp(module);
            Duration took = since(started);
            desired.record(name, true, actor, reason, "active after " + took.toMillis() + " ms");
            return new ModuleChange(name, ModuleState.ACTIVE, took, "routes served");
        });
    }

    @Override
    public ModuleChange disable(String name, String actor, String reason) {
        requireReason(reason);
        return exclusively(() -> {
            long started = System.nanoTime();
            ModuleDefinition module = definition(name);
            installer.takeDown(module);
            Duration took = since(started);
            desired.record(name, false, actor, reason, "disabled after " + took.toMillis() + " ms; data kept");
            return new ModuleChange(name, ModuleState.DISABLED, took, "routes gone, data kept");
        });
    }

    @Override
    public ModuleChange update(String name, URI bundleJar, String actor, String reason) {
        requireReason(reason);
        return exclusively(() -> {
            long started = System.nanoTime();
            ModuleDefinition module = definition(name);
            if (!features.isInstalled(module.feature())) {
                throw new ModuleException("module " + name + " is disabled; enable it before deploying a new build");
            }
            HotDeploy.Deployed deployed = hotDeploy.apply(name, installer.bundlesOf(module.feature()), bundleJar);
            installer.awaitReady(module);
            Duration took = since(started);
            Bundle updated = deployed.bundle();
            String detail = "bundle " + updated.getSymbolicName() + " " + updated.getVersion() + " serving"
                    + (deployed.kept() ? "" : "; its location " + updated.getLocation() + " is not in the system repository,"
                    + " so reinstalling the module brings the old build back");
            desired.audit(actor, "module.update", name, "reason: " + reason + "; from " + bundleJar + ", active after "
                    + took.toMillis() + " ms; " + detail);
            return new ModuleChange(name, ModuleState.ACTIVE, took, detail);
        });
    }

    /** Brings this node in line with the desired state of every module that has one. */
    void reconcile() {
        if (!operations.tryLock()) {
            return;
        }
        try {
            Map<String, ModuleStateRow> states = desired.all();
            Map<String, ModuleDefinition> all = definitions();
            List<ModuleDefinition> toInstall = new ArrayList<>();
            for (ModuleDefinition module : ModuleOrder.neededFirst(all.values())) {
                boolean wanted = wanted(module, states.get(module.name()));
                boolean installed = features.isInstalled(module.feature());
                List<String> missing = module.needs().stream().filter(needed -> !all.containsKey(needed)
                        || !features.isInstalled(all.get(needed).feature()) && !toInstall.contains(all.get(needed))).toList();
                if (wanted && !installed && !missing.isEmpty()) {
                    LOG.debug("module {} waits for {} to be installed", module.name(), missing);
                } else if (wanted && !installed && reconciler.mayRetry(module.name())) {
                    LOG.info("module {} is enabled but not installed on this node: installing it", module.name());
                    toInstall.add(module);
                } else if (!wanted && installed) {
                    LOG.info("module {} is disabled but installed on this node: uninstalling it", module.name());
                    installer.takeDown(module);
                }
            }
            bringUpAll(toInstall);
            health.track(definitions().keySet());
        } finally {
            operations.unlock();
        }
    }

    /**
     * Installs the modules (those they need first) in one features operation: one resolution instead of one per
     * module is most of a first boot's time. When they cannot be installed together, one by one says which cannot.
     */
    private void bringUpAll(List<ModuleDefinition> modules) {
        if (modules.size() > 1 && installer.installedTogether(modules)) {
            for (ModuleDefinition module : modules) {
                tryBringUp(module, () -> installer.awaitUp(module));
            }
        } else {
            for (ModuleDefinition module : modules) {
                boolean needsInstalled = module.needs().stream().allMatch(needed -> modules.stream()
                        .filter(other -> other.name().equals(needed)).allMatch(other -> features.isInstalled(other.feature())));
                if (needsInstalled) {
                    tryBringUp(module, () -> installer.bringUp(module));
                }
            }
        }
    }

    private void tryBringUp(ModuleDefinition module, Runnable bringingUp) {
        try {
            bringingUp.run();
            reconciler.succeeded(module.name());
        } catch (ModuleException e) {
            reconciler.failed(module.name(), e);
        }
    }

    private ModuleInfo info(ModuleDefinition definition, Map<String, ModuleStateRow> states, Map<String, ModuleDefinition> all) {
        boolean installed = features.isInstalled(definition.feature());
        boolean enabled = wanted(definition, states.get(definition.name()));
        List<Bundle> bundles = installed ? installer.bundlesOf(definition.feature()) : List.of();
        List<String> disabledNeeds = ModuleOrder.allNeeds(definition, all).stream()
                .filter(needed -> !wanted(all.get(needed), states.get(needed))).toList();
        ModuleState current;
        String detail = "";
        if (!enabled) {
            current = ModuleState.DISABLED;
        } else if (!disabledNeeds.isEmpty()) {
            // wanted, but off with the module it needs: closed like a disabled module, and not a readiness failure
            current = ModuleState.DISABLED;
            detail = "needs module " + String.join(", ", disabledNeeds) + ", which is disabled";
        } else if (installer.lastFailure(definition.name()).isPresent()) {
            current = ModuleState.FAILED;
            detail = installer.lastFailure(definition.name()).get();
        } else if (!installed) {
            current = ModuleState.STARTING;
            detail = "not installed on this node yet";
        } else {
            Readiness readinessNow = readiness.of(bundles);
            current = switch (readinessNow.kind()) {
                case READY -> ModuleState.ACTIVE;
                case WAITING -> ModuleState.STARTING;
                case FAILED -> ModuleState.FAILED;
            };
            detail = readinessNow.detail();
        }
        return new ModuleInfo(definition.name(), definition.feature().getVersion(), enabled, current, detail,
                definition.routes(), bundles.stream().map(FeatureModules::describe).toList());
    }

    private static boolean wanted(ModuleDefinition module, ModuleStateRow state) {
        return state == null ? module.enabledByDefault() : state.enabled();
    }

    /** The modules of all features repositories; of several versions, the installed one or else the newest. */
    private Map<String, ModuleDefinition> definitions() {
        Feature[] all;
        try {
            all = features.listFeatures();
        } catch (Exception e) {
            throw new ModuleException("the features repositories cannot be read: " + e.getMessage(), e);
        }
        Map<String, ModuleDefinition> modules = new LinkedHashMap<>();
        for (Feature feature : all) {
            for (Capability capability : feature.getCapabilities()) {
                ModuleCapability.parse(capability.getValue()).ifPresent(declared -> modules.merge(declared.name(),
                        new ModuleDefinition(declared.name(), feature, declared.enabledByDefault(), declared.routes(),
                                declared.pages(), declared.needs()),
                        this::preferred));
            }
        }
        List<ModuleDefinition> sorted = new ArrayList<>(modules.values());
        sorted.sort(Comparator.comparing(ModuleDefinition::name));
        Map<String, ModuleDefinition> byName = new LinkedHashMap<>();
        sorted.forEach(definition -> byName.put(definition.name(), definition));
        return byName;
    }

    private ModuleDefinition preferred(ModuleDefinition one, ModuleDefinition other) {
        if (features.isInstalled(one.feature()) != features.isInstalled(other.feature())) {
            return features.isInstalled(one.feature()) ? one : other;
        }
        return Version.parseVersion(one.feature().getVersion()).compareTo(Version.parseVersion(other.feature().getVersion())) >= 0
                ? one : other;
    }

    private ModuleDefinition definition(String name) {
        Map<String, ModuleDefinition> all = definitions();
        ModuleDefinition module = all.get(name);
        if (module == null) {
            throw new ModuleException("there is no module named '" + name + "'; the modules are " + all.keySet());
        }
        return module;
    }

    private <T> T exclusively(Supplier<T> operation) {
        operations.lock();
        try {
            return operation.get();
        } finally {
            operations.unlock();
        }
    }

    private static ModuleBundle describe(Bundle bundle) {
        String state = switch (bundle.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            case Bundle.INSTALLED -> "Installed";
            default -> "Uninstalled";
        };
        return new ModuleBundle(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(), state);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ModuleException("say why: module changes are audited with a reason");
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }


}

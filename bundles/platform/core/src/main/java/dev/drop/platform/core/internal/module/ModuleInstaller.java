package dev.drop.platform.core.internal.module;

import dev.drop.platform.module.ModuleException;
import dev.drop.platform.module.ServedRoutes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls modules' features on this node, never refreshing another bundle, and waits until a module
 * is up (its components, its routes) or gone; a module that does not come up is uninstalled again. Remembers why a
 * module last failed, for its state.
 */
final class ModuleInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleInstaller.class);
    private static final EnumSet<Option> NO_REFRESH = EnumSet.of(Option.NoAutoRefreshBundles);
    private static final Duration ROUTES_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private final FeaturesService features;
    private final BundleContext context;
    private final ModuleReadiness readiness;
    private final ServedRoutes served;
    private final Duration startTimeout;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    ModuleInstaller(FeaturesService features, BundleContext context, ModuleReadiness readiness, ServedRoutes served,
                    Duration startTimeout) {
        this.features = features;
        this.context = context;
        this.readiness = readiness;
        this.served = served;
        this.startTimeout = startTimeout;
    }

    /** Why the module last failed to come up on this node, while it has not come up since. */
    Optional<String> lastFailure(String module) {
        return Optional.ofNullable(failures.get(module));
    }

    /** Installs the modules in one features operation: one resolution instead of one per module. */
    boolean installedTogether(List<ModuleDefinition> modules) {
        Set<String> ids = new LinkedHashSet<>();
        modules.forEach(module -> ids.add(module.feature().getName() + "/" + module.feature().getVersion()));
        try {
            features.installFeatures(ids, NO_REFRESH);
            return true;
        } catch (Exception e) {
            LOG.info("modules {} cannot be installed together ({}); installing them one by one",
                    modules.stream().map(ModuleDefinition::name).toList(), e.getMessage());
            return false;
        }
    }

    void bringUp(ModuleDefinition module) {
        try {
            features.installFeature(module.feature().getName(), module.feature().getVersion(), NO_REFRESH);
        } catch (Exception e) {
            throw failed(module, ResolutionFailure.explain(module.name(), e));
        }
        awaitUp(module);
    }

    /** Waits until the installed module's components are up and its routes served; uninstalls it if they fail. */
    void awaitUp(ModuleDefinition module) {
        try {
            awaitReady(module);
        } catch (ModuleException e) {
            uninstall(module);
            throw failed(module, e.getMessage() + "; the module was uninstalled again");
        }
        awaitRoutes(module, true);
        failures.remove(module.name());
    }

    void takeDown(ModuleDefinition module) {
        if (features.isInstalled(module.feature())) {
            uninstall(module);
            awaitRoutes(module, false);
        }
        failures.remove(module.name());
    }

    void uninstall(ModuleDefinition module) {
        try {
            features.uninstallFeature(module.feature().getName(), module.feature().getVersion(), NO_REFRESH);
        } catch (Exception e) {
            throw new ModuleException("module " + module.name() + " could not be uninstalled: " + e.getMessage(), e);
        }
    }

    void awaitReady(ModuleDefinition module) {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (true) {
            Readiness state = readiness.of(bundlesOf(module.feature()));
            if (state.kind() == Readiness.Kind.READY) {
                return;
            }
            if (state.kind() == Readiness.Kind.FAILED) {
                throw new ModuleException("module " + module.name() + " could not start: " + state.detail());
            }
            if (System.nanoTime() > deadline) {
                throw new ModuleException("module " + module.name() + " did not start within " + startTimeout.toSeconds()
                        + " s: " + state.detail());
            }
            pause();
        }
    }

    private void awaitRoutes(ModuleDefinition module, boolean servedWanted) {
        BooleanSupplier done = () -> module.routes().stream().allMatch(route -> served.serves(route) == servedWanted);
        long deadline = System.nanoTime() + ROUTES_TIMEOUT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new ModuleException("module " + module.name() + " is " + (servedWanted ? "installed" : "uninstalled")
                        + " but the API did not " + (servedWanted ? "add" : "drop") + " its routes " + module.routes()
                        + " within " + ROUTES_TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    List<Bundle> bundlesOf(Feature feature) {
        return feature.getBundles().stream().map(info -> context.getBundle(info.getLocation())).filter(Objects::nonNull)
                .toList();
    }

    private ModuleException failed(ModuleDefinition module, String reason) {
        failures.put(module.name(), reason);
        return new ModuleException(reason);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleException("interrupted while waiting for the module");
        }
    }}

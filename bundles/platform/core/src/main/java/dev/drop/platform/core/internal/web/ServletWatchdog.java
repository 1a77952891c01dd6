package dev.drop.platform.core.internal.web;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers anew, by restarting its component, a servlet the web server lost (see {@link LostServlets}): without it a
 * node could go on answering 404 for {@code /api} or a storefront until someone restarted it.
 */
@Component(immediate = true)
public final class ServletWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(ServletWatchdog.class);
    private static final Duration EVERY = Duration.ofSeconds(5);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final long RESTART_TIMEOUT_SECONDS = 30;

    private final BundleContext context;
    private final ServedServlets served;
    private final ServiceComponentRuntime components;
    private final LostServlets lost = new LostServlets(GRACE);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-servlet-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ServletWatchdog(BundleContext context, @Reference ServedServlets served,
                           @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.served = served;
        this.components = components;
        sweeper.scheduleWithFixedDelay(this::sweep, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        try {
            List<ServiceReference<?>> servlets = ServedServlets.servletsOf(context.getAllServiceReferences(null, ServedServlets.FILTER)).toList();
            for (ServiceReference<?> servlet : lost.lost(servlets, served.now(), Instant.now())) {
                restart(servlet);
            }
        } catch (InvalidSyntaxException | RuntimeException e) {
            LOG.error("looking for servlets the web server lost failed; looking again in {} s", EVERY.toSeconds(), e);
        }
    }

    private void restart(ServiceReference<?> servlet) {
        Bundle bundle = servlet.getBundle();
        ComponentDescriptionDTO component = bundle == null ? null
                : components.getComponentDescriptionDTO(bundle, (String) servlet.getProperty("component.name"));
        if (component == null) {
            return;
        }
        LOG.warn("The web server has not served {} for {} s and gave no reason: restarting component {} to register it anew"
                        + " (try {} of {})", ServedServlets.describe(servlet), GRACE.toSeconds(), component.name,
                lost.triesOf(servlet), LostServlets.MAX_TRIES);
        try {
            await(components.disableComponent(component), "stopping", component);
        } finally {
            await(components.enableComponent(component), "starting", component);
        }
    }

    private static void await(Promise<Void> done, String what, ComponentDescriptionDTO component) {
        try {
            done.timeout(TimeUnit.SECONDS.toMillis(RESTART_TIMEOUT_SECONDS)).getValue();
        } catch (InvocationTargetException e) {
            LOG.error("{} component {} failed", what, component.name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

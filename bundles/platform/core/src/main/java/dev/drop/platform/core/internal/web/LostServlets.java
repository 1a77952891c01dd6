package dev.drop.platform.core.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Picks the servlets the web server has lost: registered by a component for the default context (which always exists)
 * of whichever web server runs, neither served nor refused for longer than a grace period. Pax Web 8.0.34 can drop a servlet registered while it sets
 * up its default context (its whiteboard extender marks the context registered outside its lock) and never looks at it
 * again; registering the servlet anew cures it. A few tries per component at most, so a servlet that keeps being
 * dropped is left to the health check to report rather than churned. Not thread-safe: one sweeper calls it.
 */
final class LostServlets {

    static final int MAX_TRIES = 3;

    private static final String COMPONENT = "component.name";
    private static final String CONTEXT_SELECT = "osgi.http.whiteboard.context.select";
    private static final String TARGET = "osgi.http.whiteboard.target";

    private final Duration grace;
    private final Map<Long, Instant> unservedSince = new HashMap<>();
    private final Map<String, Integer> tries = new HashMap<>();

    LostServlets(Duration grace) {
        this.grace = grace;
    }

    /** Of all the servlets registered now, those to register anew, given what the web server serves. */
    List<ServiceReference<?>> lost(List<ServiceReference<?>> servlets, ServedServlets.Snapshot served, Instant now) {
        Set<Long> registered = servlets.stream().map(LostServlets::serviceId).collect(Collectors.toSet());
        unservedSince.keySet().retainAll(registered);
        List<ServiceReference<?>> lost = new ArrayList<>();
        for (ServiceReference<?> servlet : servlets) {
            String component = componentOf(servlet);
            if (served.serves(servlet)) {
                unservedSince.remove(serviceId(servlet));
                tries.remove(component);
            } else if (component != null && isForTheDefaultContextOfAnyServer(servlet) && served.refusal(servlet).isEmpty()) {
                Instant since = unservedSince.computeIfAbsent(serviceId(servlet), id -> now);
                if (!since.plus(grace).isAfter(now) && tries.getOrDefault(component, 0) < MAX_TRIES) {
                    tries.merge(component, 1, Integer::sum);
                    unservedSince.remove(serviceId(servlet));
                    lost.add(servlet);
                }
            }
        }
        return lost;
    }

    /** How often the servlet's component has been registered anew without the web server taking it up. */
    int triesOf(ServiceReference<?> servlet) {
        return tries.getOrDefault(componentOf(servlet), 0);
    }

    private static boolean isForTheDefaultContextOfAnyServer(ServiceReference<?> servlet) {
        return servlet.getProperty(CONTEXT_SELECT) == null && servlet.getProperty(TARGET) == null;
    }

    private static String componentOf(ServiceReference<?> servlet) {
        Object name = servlet.getProperty(COMPONENT);
        return name == null || servlet.getBundle() == null ? null : servlet.getBundle().getBundleId() + ":" + name;
    }

    private static long serviceId(ServiceReference<?> servlet) {
        return (Long) servlet.getProperty(Constants.SERVICE_ID);
    }
}

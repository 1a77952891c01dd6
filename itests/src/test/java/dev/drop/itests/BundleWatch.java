package dev.drop.itests;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Records every bundle event and the bundles' ids and revisions, to show that an operation on one module left every
 * other bundle alone: no stop, start, update, refresh, nor a new revision.
 */
final class BundleWatch implements AutoCloseable {

    private final BundleContext context;
    private final Predicate<Bundle> ignored;
    private final Map<Long, String> before;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final SynchronousBundleListener listener = this::record;

    BundleWatch(BundleContext context, Predicate<Bundle> ignored) {
        this.context = context;
        this.ignored = ignored;
        this.before = snapshot();
        context.addBundleListener(listener);
    }

    private void record(BundleEvent event) {
        if (!ignored.test(event.getBundle())) {
            events.add(event.getBundle().getSymbolicName() + " " + event.getType());
        }
    }

    /** Events that touched other bundles, and bundles whose id or revision changed. */
    String disturbances() {
        Map<Long, String> after = snapshot();
        return "events " + events + ", before " + before.entrySet().stream().filter(e -> !e.getValue().equals(after.get(e.getKey())))
                .map(Map.Entry::toString).toList() + ", after " + after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::toString).toList();
    }

    boolean undisturbed() {
        return events.isEmpty() && snapshot().equals(before);
    }

    private Map<Long, String> snapshot() {
        return Arrays.stream(context.getBundles()).filter(bundle -> !ignored.test(bundle))
                .collect(Collectors.toMap(Bundle::getBundleId, bundle -> bundle.getSymbolicName() + "@" + bundle.getLastModified()
                        + "/" + bundle.getState()));
    }

    @Override
    public void close() {
        context.removeBundleListener(listener);
    }
}

package dev.drop.platform.rest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks services of any type that carry the standard JAX-RS whiteboard properties and tells the host when the set
 * changes. (A DS reference cannot do this: it matches on one object class.)
 */
final class ContributionTracker extends ServiceTracker<Object, Object> implements ContributionSource {

    static final String RESOURCE = "osgi.jaxrs.resource";
    static final String EXTENSION = "osgi.jaxrs.extension";

    private volatile Runnable onChange = () -> { };

    ContributionTracker(BundleContext context) {
        super(context, filter(), null);
    }

    @Override
    public void open(Runnable changed) {
        this.onChange = changed;
        open();
    }

    private static Filter filter() {
        try {
            return FrameworkUtil.createFilter("(|(" + RESOURCE + "=true)(" + EXTENSION + "=true))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object addingService(ServiceReference<Object> reference) {
        Object service = super.addingService(reference);
        onChange.run();
        return service;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Object service) {
        onChange.run();
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Object service) {
        super.removedService(reference, service);
        onChange.run();
    }

    /** The tracked services in service ranking order. */
    @Override
    public Contributions snapshot() {
        SortedMap<ServiceReference<Object>, Object> tracked = getTracked();
        List<Object> resources = new ArrayList<>();
        List<Object> extensions = new ArrayList<>();
        Set<Long> serviceIds = new HashSet<>();
        for (Map.Entry<ServiceReference<Object>, Object> entry : new TreeMap<>(tracked).descendingMap().entrySet()) {
            serviceIds.add((Long) entry.getKey().getProperty(Constants.SERVICE_ID));
            if (isTrue(entry.getKey().getProperty(RESOURCE))) {
                resources.add(entry.getValue());
            } else {
                extensions.add(entry.getValue());
            }
        }
        return new Contributions(resources, extensions, serviceIds);
    }

    private static boolean isTrue(Object property) {
        return property != null && Boolean.parseBoolean(property.toString());
    }
}

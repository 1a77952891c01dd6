package dev.drop.platform.rest.internal;

import org.glassfish.jersey.CommonProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Jersey finds its own parts (the injection manager, parameter factories) through a registry that hooks into OSGi
 * the first time Jersey is used, and only if jersey-common has started by then; used any earlier, it finds nothing,
 * for good. Karaf may start this bundle before jersey-common, so the API checks before every build and builds later
 * when jersey-common is not running (it also stops before the API when Karaf shuts down).
 */
final class JerseyStarted {

    private JerseyStarted() {
    }

    static boolean now() {
        Bundle jersey = FrameworkUtil.getBundle(CommonProperties.class);
        return jersey == null || (jersey.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }
}

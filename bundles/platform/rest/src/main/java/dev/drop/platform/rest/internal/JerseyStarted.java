package dev.drop.platform.rest.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.CommonProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;

/**
 * Jersey finds its own parts (the injection manager, parameter factories) through a registry that hooks into OSGi
 * the first time Jersey is used, and only if jersey-common has started by then; used any earlier, it finds nothing,
 * for good. Karaf may start this bundle before jersey-common, so the API waits for it before touching Jersey.
 */
final class JerseyStarted {

    private JerseyStarted() {
    }

    static void await(BundleContext context, Duration timeout) throws InterruptedException {
        Bundle jersey = FrameworkUtil.getBundle(CommonProperties.class);
        if (jersey == null) {
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        BundleListener listener = event -> {
            if (event.getBundle().equals(jersey) && isStarted(jersey)) {
                started.countDown();
            }
        };
        context.addBundleListener(listener);
        try {
            if (!isStarted(jersey) && !started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(jersey.getSymbolicName() + " did not start within " + timeout.toSeconds() + " s");
            }
        } finally {
            context.removeBundleListener(listener);
        }
    }

    private static boolean isStarted(Bundle bundle) {
        return (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }
}

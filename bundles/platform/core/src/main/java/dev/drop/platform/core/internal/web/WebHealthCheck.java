package dev.drop.platform.core.internal.web;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports the web pages as ready when the web server serves every whiteboard servlet registered: the metrics page,
 * a module's storefront. A servlet the server never took up answers 404 while its component looks healthy.
 */
@Component(service = HealthCheck.class)
public final class WebHealthCheck implements HealthCheck {

    private final BundleContext context;
    private final ServedServlets served;

    @Activate
    public WebHealthCheck(BundleContext context, @Reference ServedServlets served) {
        this.context = context;
        this.served = served;
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public HealthResult check() {
        List<ServiceReference<?>> servlets = ServedServlets.servletsOf(registered()).toList();
        return served.firstUnserved(servlets).map(HealthResult::down)
                .orElseGet(() -> HealthResult.up(servlets.size() + " servlets served"));
    }

    private ServiceReference<?>[] registered() {
        try {
            return context.getAllServiceReferences(null, ServedServlets.FILTER);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the servlet filter is malformed", e);
        }
    }
}

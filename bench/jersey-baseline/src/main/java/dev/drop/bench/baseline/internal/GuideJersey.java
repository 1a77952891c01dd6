package dev.drop.bench.baseline.internal;

import javax.servlet.Servlet;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Component;

/**
 * Jersey served the straightforward way, at {@code /bench-jersey/*}: its own servlet container, the resource class,
 * the Jackson feature and otherwise Jersey's defaults. The benchmark compares Drop's {@code /api} with it.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/bench-jersey/*",
        "osgi.http.whiteboard.servlet.name=bench-jersey"})
public final class GuideJersey extends ServletContainer {

    private static final long serialVersionUID = 1L;

    public GuideJersey() {
        super(new ResourceConfig(GreetingResource.class).register(JacksonFeature.class));
    }
}

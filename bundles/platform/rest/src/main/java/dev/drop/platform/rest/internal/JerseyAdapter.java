package dev.drop.platform.rest.internal;

import dev.drop.platform.security.ClientAddress;
import java.io.IOException;
import java.net.URI;
import java.util.Enumeration;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.Container;

/**
 * Serves servlet requests with a Jersey {@link ApplicationHandler} directly, the way Jersey's own Jetty and Grizzly
 * containers do. Jersey's servlet container spends a quarter of a small request building URIs through its
 * {@code UriBuilder} and binding the servlet request and response into the request scope; neither is needed here:
 * resources take what they need from JAX-RS types, and the client address from {@link #CLIENT_ADDRESS}.
 */
final class JerseyAdapter implements Container {

    /** Request property holding the client's IP address ({@code ContainerRequestContext.getProperty}). */
    static final String CLIENT_ADDRESS = ClientAddress.PROPERTY;

    private final ApplicationHandler application;
    private final BaseUris baseUris = new BaseUris();

    JerseyAdapter(ResourceConfig config) {
        this.application = new ApplicationHandler(config);
        application.onStartup(this);
    }

    void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BaseUris.Base base = baseUris.of(request);
        String query = request.getQueryString();
        URI requestUri = URI.create(base.origin() + request.getRequestURI() + (query == null ? "" : "?" + query));
        ContainerRequest jersey = new ContainerRequest(base.uri(), requestUri, request.getMethod(),
                new AnonymousSecurityContext(request.isSecure()), new RequestAttributes(request), application.getConfiguration());
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                jersey.header(name, values.nextElement());
            }
        }
        jersey.setEntityStream(request.getInputStream());
        jersey.setWriter(new ServletResponseWriter(response));
        application.handle(jersey);
    }

    void destroy() {
        application.onShutdown(this);
    }

    @Override
    public ResourceConfig getConfiguration() {
        return application.getConfiguration();
    }

    @Override
    public ApplicationHandler getApplicationHandler() {
        return application;
    }

    @Override
    public void reload() {
        throw new IllegalStateException("the API is rebuilt by its host when modules change, never reloaded in place");
    }

    @Override
    public void reload(ResourceConfig configuration) {
        reload();
    }
}

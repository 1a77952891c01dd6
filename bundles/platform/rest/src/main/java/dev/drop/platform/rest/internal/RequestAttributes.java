package dev.drop.platform.rest.internal;

import java.util.Collection;
import java.util.Collections;
import javax.servlet.http.HttpServletRequest;
import org.glassfish.jersey.internal.PropertiesDelegate;

/**
 * Jersey's request properties kept as servlet request attributes (as Jersey's servlet container does), with the
 * client address answered on demand rather than copied into every request.
 */
final class RequestAttributes implements PropertiesDelegate {

    private final HttpServletRequest request;

    RequestAttributes(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Object getProperty(String name) {
        return JerseyAdapter.CLIENT_ADDRESS.equals(name) ? request.getRemoteAddr() : request.getAttribute(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return Collections.list(request.getAttributeNames());
    }

    @Override
    public void setProperty(String name, Object value) {
        request.setAttribute(name, value);
    }

    @Override
    public void removeProperty(String name) {
        request.removeAttribute(name);
    }
}

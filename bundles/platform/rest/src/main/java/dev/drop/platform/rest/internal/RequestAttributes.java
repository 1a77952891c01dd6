package dev.drop.platform.rest.internal;

import dev.drop.platform.web.FormParts;
import java.util.Collection;
import java.util.Collections;
import javax.servlet.http.HttpServletRequest;
import org.glassfish.jersey.internal.PropertiesDelegate;

/**
 * Jersey's request properties kept as servlet request attributes (as Jersey's servlet container does), with the
 * client address and the parts of an upload answered on demand rather than copied into every request.
 */
final class RequestAttributes implements PropertiesDelegate {

    private final HttpServletRequest request;

    RequestAttributes(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Object getProperty(String name) {
        if (JerseyAdapter.CLIENT_ADDRESS.equals(name)) {
            return request.getRemoteAddr();
        }
        if (FormParts.PROPERTY.equals(name)) {
            return ServletFormParts.isMultipart(request) ? new ServletFormParts(request) : null;
        }
        return request.getAttribute(name);
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

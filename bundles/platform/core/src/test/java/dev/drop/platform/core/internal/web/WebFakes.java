package dev.drop.platform.core.internal.web;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

/** Service references and HTTP runtime states as the framework and the web server would give them. */
final class WebFakes {

    private WebFakes() {
    }

    /** A runtime whose one context serves the servlets of these service ids and refuses none. */
    static RuntimeDTO serving(long... serviceIds) {
        ServletContextDTO context = new ServletContextDTO();
        context.servletDTOs = Arrays.stream(serviceIds).mapToObj(id -> {
            ServletDTO servlet = new ServletDTO();
            servlet.serviceId = id;
            return servlet;
        }).toArray(ServletDTO[]::new);
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.servletContextDTOs = new ServletContextDTO[] {context};
        runtime.failedServletDTOs = new FailedServletDTO[0];
        return runtime;
    }

    /** A service registered by a bundle of this symbolic name (and id 7), with these properties. */
    static ServiceReference<?> service(String bundleName, Map<String, Object> properties) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> bundleName;
                    case "getBundleId" -> 7L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ServiceReference<?>) Proxy.newProxyInstance(ServiceReference.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getBundle" -> bundle;
                    case "toString" -> bundleName + properties;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

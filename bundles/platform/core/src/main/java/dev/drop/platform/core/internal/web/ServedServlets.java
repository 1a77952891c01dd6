package dev.drop.platform.core.internal.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;

/**
 * Whether the web server serves the whiteboard servlets registered (a module's storefront, the metrics page): a servlet
 * service the HTTP runtime has not taken up, or has refused, answers nothing yet, whatever its component's state.
 */
public final class ServedServlets {

    /** The service filter matching every whiteboard servlet. */
    public static final String FILTER = "(osgi.http.whiteboard.servlet.pattern=*)";

    private static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
    private static final String NAME = "osgi.http.whiteboard.servlet.name";

    private final HttpServiceRuntime runtime;

    public ServedServlets(HttpServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /** The servlets among these services, in order. */
    public static Stream<ServiceReference<?>> servletsOf(ServiceReference<?>[] services) {
        return Stream.ofNullable(services).flatMap(Arrays::stream).filter(service -> service.getProperty(PATTERN) != null);
    }

    /** The first of these servlets the web server does not serve, described for an operator; empty when it serves all. */
    public Optional<String> firstUnserved(Collection<ServiceReference<?>> servlets) {
        if (servlets.isEmpty()) {
            return Optional.empty();
        }
        Snapshot now = now();
        return servlets.stream().filter(servlet -> !now.serves(servlet)).findFirst()
                .map(servlet -> "the web server does not serve " + describe(servlet) + " yet"
                        + now.refusal(servlet).map(reason -> " (" + reason + ")").orElse(""));
    }

    /** What the web server serves at this moment. */
    Snapshot now() {
        return new Snapshot(runtime.getRuntimeDTO());
    }

    /** The HTTP runtime's state at one moment. */
    record Snapshot(RuntimeDTO runtime) {

        boolean serves(ServiceReference<?> servlet) {
            long serviceId = serviceId(servlet);
            return Stream.ofNullable(runtime.servletContextDTOs).flatMap(Arrays::stream)
                    .flatMap(context -> Stream.ofNullable(context.servletDTOs).flatMap(Arrays::stream))
                    .anyMatch(served -> served.serviceId == serviceId);
        }

        /** Why the web server refused the servlet, if it says it did. */
        Optional<String> refusal(ServiceReference<?> servlet) {
            long serviceId = serviceId(servlet);
            return Stream.ofNullable(runtime.failedServletDTOs).flatMap(Arrays::stream)
                    .filter(failed -> failed.serviceId == serviceId)
                    .findFirst().map(ServedServlets::reason);
        }
    }

    static String describe(ServiceReference<?> servlet) {
        Object name = servlet.getProperty(NAME);
        Object pattern = servlet.getProperty(PATTERN);
        String patterns = pattern instanceof String[] many ? String.join(", ", many) : Objects.toString(pattern);
        Bundle bundle = servlet.getBundle();
        return "servlet " + (name == null ? "" : name + " ") + "at " + patterns
                + (bundle == null ? "" : " of " + bundle.getSymbolicName());
    }

    private static long serviceId(ServiceReference<?> servlet) {
        return (Long) servlet.getProperty(Constants.SERVICE_ID);
    }

    private static String reason(FailedServletDTO failed) {
        return switch (failed.failureReason) {
            case DTOConstants.FAILURE_REASON_NO_SERVLET_CONTEXT_MATCHING -> "no servlet context matches it";
            case DTOConstants.FAILURE_REASON_SERVLET_CONTEXT_FAILURE -> "its servlet context failed";
            case DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE -> "another servlet shadows its pattern";
            case DTOConstants.FAILURE_REASON_EXCEPTION_ON_INIT -> "its init() threw";
            case DTOConstants.FAILURE_REASON_SERVICE_NOT_GETTABLE -> "its service cannot be got";
            default -> "refused, reason " + failed.failureReason;
        };
    }
}

package dev.drop.platform.core.internal.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;

/**
 * Whether the web server serves the whiteboard servlets registered (a module's storefront, the metrics page): a servlet
 * service the HTTP runtime has not taken up, or has refused, answers nothing yet, whatever its component's state.
 */
@Component(service = ServedServlets.class)
public final class ServedServlets {

    /** The service filter matching every whiteboard servlet. */
    public static final String FILTER = "(osgi.http.whiteboard.servlet.pattern=*)";

    private static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
    private static final String NAME = "osgi.http.whiteboard.servlet.name";

    private static final long LONGEST_REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final HttpServiceRuntime runtime;
    private final LongSupplier nanoTime;
    private volatile Taken last;

    private record Taken(long atNanos, Snapshot snapshot) {
    }

    @Activate
    public ServedServlets(@Reference HttpServiceRuntime runtime) {
        this(runtime, System::nanoTime);
    }

    ServedServlets(HttpServiceRuntime runtime, LongSupplier nanoTime) {
        this.runtime = runtime;
        this.nanoTime = nanoTime;
    }

    /** The servlets among these services, in order. */
    public static Stream<ServiceReference<?>> servletsOf(ServiceReference<?>[] services) {
        return Stream.ofNullable(services).flatMap(Arrays::stream).filter(service -> service.getProperty(PATTERN) != null);
    }

    /**
     * The first of these servlets the web server does not serve, described for an operator; empty when it serves all.
     * Reading the web server's state costs about a millisecond, in a thread of its own that everyone shares, and health
     * checks and 404s ask often: a state read less than a second ago that shows them all served is good enough, but a
     * servlet missing from it is looked for again in the state of this moment.
     */
    public Optional<String> firstUnserved(Collection<ServiceReference<?>> servlets) {
        if (servlets.isEmpty()) {
            return Optional.empty();
        }
        Taken taken = last;
        if (taken != null && nanoTime.getAsLong() - taken.atNanos() < LONGEST_REUSE_NANOS
                && servlets.stream().allMatch(taken.snapshot()::serves)) {
            return Optional.empty();
        }
        Snapshot now = now();
        return servlets.stream().filter(servlet -> !now.serves(servlet)).findFirst()
                .map(servlet -> "the web server does not serve " + describe(servlet) + " yet"
                        + now.refusal(servlet).map(reason -> " (" + reason + ")").orElse(""));
    }

    /** What the web server serves at this moment. */
    Snapshot now() {
        long at = nanoTime.getAsLong();
        Snapshot snapshot = new Snapshot(runtime.getRuntimeDTO());
        last = new Taken(at, snapshot);
        return snapshot;
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

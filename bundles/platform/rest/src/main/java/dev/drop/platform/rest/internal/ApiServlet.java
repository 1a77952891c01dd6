package dev.drop.platform.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.json.ApiJson;
import dev.drop.platform.rest.internal.security.Verifiers;
import dev.drop.platform.security.TokenVerifier;
import dev.drop.platform.web.RequestIds;
import java.io.IOException;
import java.time.Duration;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet at {@code /api/*}: gives each request its id, enforces the body limit, and hands it to the Jersey
 * container currently live.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/*",
        "osgi.http.whiteboard.servlet.name=drop-api",
        "osgi.http.whiteboard.servlet.asyncSupported=true",
        "osgi.http.whiteboard.servlet.multipart.enabled=true",
        "osgi.http.whiteboard.servlet.multipart.fileSizeThreshold=1048576",
        "osgi.http.whiteboard.servlet.multipart.maxRequestSize=" + ApiServlet.MAX_UPLOAD_BYTES})
public final class ApiServlet extends HttpServlet {

    /** The bound the servlet container itself enforces on uploads (a body without Content-Length included). */
    static final long MAX_UPLOAD_BYTES = 268_435_456;

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    // the first requests wait this long for the API rather than get a 503; a build taking longer goes on behind them
    private static final Duration FIRST_BUILD_PATIENCE = Duration.ofSeconds(30);

    private final transient RestSettings settings;
    private final transient ProblemWriter problems;
    private final transient JerseyHost host;
    private final transient HttpMetrics metrics;

    private final transient ModuleAvailability modules = new ModuleAvailability();
    private final transient Verifiers verifiers = new Verifiers();

    @Activate
    public ApiServlet(BundleContext context, @Reference RestSettings settings, @Reference RouteTable routes,
                      @Reference HttpMetrics metrics) {
        ObjectMapper mapper = ApiJson.mapper();
        this.settings = settings;
        this.metrics = metrics;
        this.problems = new ProblemWriter(mapper);
        this.host = new JerseyHost(new ApplicationFactory(mapper, modules, verifiers), routes, new ContributionTracker(context),
                JerseyStarted::now);
        host.open();
    }

    // dynamic: the module service restarting must not re-register this servlet (that takes /api away for seconds)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindModules(ModuleService service) {
        modules.bind(service);
    }

    void unbindModules(ModuleService service) {
        modules.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindVerifier(TokenVerifier verifier) {
        verifiers.add(verifier);
    }

    void unbindVerifier(TokenVerifier verifier) {
        verifiers.remove(verifier);
    }

    @Deactivate
    void deactivate() {
        host.close();
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        try {
            host.startServing(FIRST_BUILD_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while starting the API", e);
        }
    }

    // a container restarting its servlet context destroys this servlet and initialises it again
    @Override
    public void destroy() {
        host.stopServing();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        long start = System.nanoTime();
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            serve(request, response, id.id());
        } finally {
            metrics.record(request.getMethod(), response.getStatus(), System.nanoTime() - start);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, String requestId)
            throws ServletException, IOException {
        long limit = settings.maxBodyBytes(request.getContentType());
        long length = request.getContentLengthLong();
        if (length > limit) {
            problems.write(response, ProblemType.PAYLOAD_TOO_LARGE.problem("The request body of " + length
                    + " bytes is larger than the limit of " + limit + " bytes."), requestId);
            return;
        }
        HttpServletRequest bounded = length < 0 && request.getHeader("Transfer-Encoding") != null
                ? new LimitedRequest(request, limit) : request;
        LiveContainer live = host.enter();
        if (live == null) {
            problems.write(response, ProblemType.UNAVAILABLE.problem("The API is starting; try again in a moment."), requestId);
            return;
        }
        try {
            live.applications().serving(request).service(bounded, response);
            if (BodilessErrors.isBodiless(response)) {
                problems.write(response, BodilessErrors.problemFor(request, response.getStatus()), requestId);
            }
        } catch (IllegalArgumentException e) {
            problems.write(response, ProblemType.BAD_REQUEST.problem("The request URI or Host header is malformed."), requestId);
        } catch (RuntimeException e) {
            LOG.error("request {} failed outside the exception mappers", requestId, e);
            if (!response.isCommitted()) {
                response.reset();
                response.setHeader(RequestIds.HEADER, requestId);
                problems.write(response, ProblemType.INTERNAL.problem("Something went wrong on our side. Quote request id "
                        + requestId + " if you report it."), requestId);
            }
        } finally {
            live.exit();
        }
    }
}

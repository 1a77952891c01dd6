package dev.drop.platform.rest.internal.problem;

import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleState;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.Problem;
import dev.drop.platform.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import dev.drop.platform.rest.internal.ModuleAvailability;
import org.glassfish.jersey.server.ParamException;

/**
 * Jersey's own errors (no route, wrong method, unacceptable or unsupported media type, bad parameters, empty
 * body) as problems that say what was wrong with the request.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS = List.of("Allow", "WWW-Authenticate", "Retry-After");

    private final ModuleAvailability modules;

    @Context
    private UriInfo uriInfo;
    @Context
    private Request request;
    @Context
    private HttpHeaders headers;

    public WebApplicationExceptionMapper(ModuleAvailability modules) {
        this.modules = modules;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = original.getHeaderString(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return ProblemResponses.of(problemFor(exception, original), kept);
    }

    private Problem problemFor(WebApplicationException exception, Response original) {
        String route = request.getMethod() + " " + uriInfo.getRequestUri().getRawPath();
        if (exception instanceof ParamException param) {
            String kind = param.getParameterType().getSimpleName().replace("Param", "").toLowerCase();
            // JAX-RS says 404 for a query parameter that does not convert; it names nothing missing, the query is wrong
            ProblemType type = param instanceof ParamException.QueryParamException ? ProblemType.VALIDATION
                    : ProblemResponses.typeFor(original.getStatus());
            return type.problem("The " + kind + " parameter '" + param.getParameterName()
                    + "' has a value that cannot be used.", List.of(new FieldError(param.getParameterName(),
                    "not a valid value for this " + kind + " parameter")));
        }
        if (exception instanceof NotFoundException) {
            return modules.unavailableModuleServing("/" + uriInfo.getPath()).map(WebApplicationExceptionMapper::unavailable)
                    .orElseGet(() -> ProblemType.NOT_FOUND.problem("Nothing is found at " + route + "."));
        }
        if (exception instanceof NotAllowedException) {
            return ProblemType.METHOD_NOT_ALLOWED.problem(route + " is not supported; allowed methods: "
                    + original.getHeaderString("Allow") + ".");
        }
        if (exception instanceof NotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE.problem("None of the media types in Accept ("
                    + headers.getHeaderString(HttpHeaders.ACCEPT) + ") can be produced by " + route + ".");
        }
        if (exception instanceof NotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Content-Type " + headers.getMediaType()
                    + " is not accepted by " + route + ".");
        }
        if (exception instanceof BadRequestException && exception.getCause() instanceof NoContentException) {
            return ProblemType.VALIDATION.problem("A request body is required.");
        }
        return ProblemResponses.typeFor(original.getStatus()).problem(route + " cannot be served: "
                + Response.Status.Family.familyOf(original.getStatus()).name().toLowerCase().replace('_', ' ') + ".");
    }

    private static Problem unavailable(ModuleInfo module) {
        Problem problem = module.state() == ModuleState.DISABLED
                ? ProblemType.MODULE_DISABLED.problem("module " + module.name() + " is disabled")
                : ProblemType.UNAVAILABLE.problem("module " + module.name() + " is not available: " + module.detail());
        return problem.with("module", module.name());
    }
}

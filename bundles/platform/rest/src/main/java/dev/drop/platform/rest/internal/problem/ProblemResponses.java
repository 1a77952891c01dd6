package dev.drop.platform.rest.internal.problem;

import dev.drop.platform.problem.Problem;
import dev.drop.platform.web.RequestIds;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slf4j.MDC;

/** Builds the {@code application/problem+json} response for a problem, stamped with the request's id. */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return of(problem, Map.of());
    }

    public static Response of(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON_TYPE)
                .entity(problem.withInstance(RequestIds.instance(MDC.get(RequestIds.MDC_KEY))));
        headers.forEach(response::header);
        return response.build();
    }
}

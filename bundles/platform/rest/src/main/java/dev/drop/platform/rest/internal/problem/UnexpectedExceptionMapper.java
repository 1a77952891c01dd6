package dev.drop.platform.rest.internal.problem;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.RequestIds;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** A bug or an outage: logged in full under the request id, answered with a 500 that reveals nothing inside. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = MDC.get(RequestIds.MDC_KEY);
        LOG.error("unexpected error in request {}", requestId, exception);
        return ProblemResponses.of(ProblemType.INTERNAL.problem(
                "Something went wrong on our side. Quote request id " + requestId + " if you report it."));
    }
}

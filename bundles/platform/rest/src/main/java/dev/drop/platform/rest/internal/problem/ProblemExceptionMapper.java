package dev.drop.platform.rest.internal.problem;

import dev.drop.platform.problem.ProblemException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Problems thrown on purpose by resources and services go out as they are. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponses.of(exception.problem(), exception.headers());
    }
}

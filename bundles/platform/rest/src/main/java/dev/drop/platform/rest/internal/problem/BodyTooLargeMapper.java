package dev.drop.platform.rest.internal.problem;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.BodyTooLargeException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** A body that outgrew the limit while it was being read (a chunked upload without Content-Length). */
public final class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

    @Override
    public Response toResponse(BodyTooLargeException exception) {
        return ProblemResponses.of(ProblemType.PAYLOAD_TOO_LARGE.problem(exception.getMessage()));
    }
}

package dev.drop.platform.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.problem.Problem;
import dev.drop.platform.rest.internal.problem.ProblemResponses;
import dev.drop.platform.web.RequestIds;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Writes the problems the API servlet answers itself: before a request reaches Jersey, or for Jersey without a body. */
final class ProblemWriter {

    private final ObjectMapper mapper;

    ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void write(HttpServletResponse response, Problem problem, String requestId) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(ProblemResponses.PROBLEM_JSON);
        if (problem.status() == 413) {
            // the unread body would otherwise be drained into the next request on this connection
            response.setHeader("Connection", "close");
        }
        byte[] body = mapper.writeValueAsBytes(problem.withInstance(RequestIds.instance(requestId)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

package dev.drop.platform.rest.internal;

import dev.drop.platform.problem.Problem;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.problem.ProblemResponses;
import java.text.ParseException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.MediaType;
import org.glassfish.jersey.message.internal.HttpHeaderReader;

/**
 * Jersey answers a few errors itself, past the exception mappers and without a body: a Content-Type or Accept header
 * it cannot parse is a bare 400, a mapper that fails a bare 500. The API servlet gives them the problem every other
 * error has, saying which header was malformed where it can tell.
 */
final class BodilessErrors {

    private static final int MAX_ECHOED = 100;

    private BodilessErrors() {
    }

    /** Whether Jersey answered an error and wrote nothing, so a problem can still be written. */
    static boolean isBodiless(HttpServletResponse response) {
        return response.getStatus() >= 400 && response.getContentType() == null && !response.isCommitted();
    }

    static Problem problemFor(HttpServletRequest request, int status) {
        if (status == 400) {
            String contentType = request.getContentType();
            if (contentType != null && !isMediaType(contentType)) {
                return ProblemType.BAD_REQUEST.problem("The Content-Type header '" + echo(contentType)
                        + "' is not a media type.");
            }
            String accept = request.getHeader("Accept");
            if (accept != null && !isAcceptList(accept)) {
                return ProblemType.BAD_REQUEST.problem("The Accept header '" + echo(accept) + "' cannot be read.");
            }
            return ProblemType.BAD_REQUEST.problem("A header of this request cannot be read.");
        }
        return ProblemResponses.typeFor(status).problem(request.getMethod() + " " + echo(request.getRequestURI())
                + " cannot be served.");
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAcceptList(String value) {
        try {
            HttpHeaderReader.readAcceptMediaType(value);
            return true;
        } catch (ParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "…";
    }
}

package dev.drop.platform.jetty.internal;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * Every servlet context's error handler (set by {@code etc/jetty-web.xml}): it dispatches to the error pages the
 * context maps (the platform's, for 4xx and 5xx) as Jetty's own does, and answers in Drop's words while they are not
 * there, e.g. while the bundle serving them starts.
 */
public final class ContextErrorHandler extends ErrorPageErrorHandler {

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        UnservedAnswer.write(baseRequest, request, response, code);
    }
}

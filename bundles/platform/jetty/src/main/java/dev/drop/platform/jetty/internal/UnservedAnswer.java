package dev.drop.platform.jetty.internal;

import dev.drop.platform.errorpage.ErrorPage;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;

/** The answer to an error no error page of Drop's answers: a path not found then is a path not served yet. */
final class UnservedAnswer {

    private UnservedAnswer() {
    }

    static void write(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code)
            throws IOException {
        ErrorPage page = code == HttpServletResponse.SC_NOT_FOUND ? ErrorPage.starting() : ErrorPage.forStatus(code, null);
        baseRequest.setHandled(true);
        page.write(response, request.getRequestURI());
    }
}

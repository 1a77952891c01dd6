package dev.drop.platform.rest.internal.pages;

import dev.drop.platform.errorpage.ErrorPage;
import java.io.IOException;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The error page of every servlet: whatever status a servlet sends as an error, or an exception it lets escape,
 * is answered as problem JSON below {@code /api} and as a page elsewhere. Servlets that answer their own errors
 * (the API, the storefront) never come here.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.errorPage=4xx",
        "osgi.http.whiteboard.servlet.errorPage=5xx",
        "osgi.http.whiteboard.servlet.errorPage=java.lang.Throwable",
        "osgi.http.whiteboard.servlet.name=drop-error-page"})
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        ErrorPage page = code == HttpServletResponse.SC_NOT_FOUND ? ErrorPage.notFound() : ErrorPage.forStatus(code, null);
        page.write(response, path);
    }
}

package dev.drop.platform.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real Jetty context, as Pax Web builds one, with and without the platform's error page. */
class ContextErrorHandlerTest {

    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void withoutTheErrorPagesAMissingServletIsNotServedYet() throws Exception {
        int port = start(false);
        HttpResponse<String> answer = get(port, "/admin/");
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("Opening in a moment").doesNotContain("HTTP ERROR", "SERVLET:");
        assertThat(get(port, "/api/v1/health").headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anErrorPageTheContextMapsIsDispatchedTo() throws Exception {
        int port = start(true);
        HttpResponse<String> answer = get(port, "/admin/");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("the platform's page for 404");
    }

    private int start(boolean withErrorPage) throws Exception {
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ContextErrorHandler errors = new ContextErrorHandler();
        context.setErrorHandler(errors);
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(404);
            }
        }), "/admin/*");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter().print("the platform's page for " + request.getAttribute("javax.servlet.error.status_code"));
            }
        }), "/error-page");
        if (withErrorPage) {
            errors.addErrorPage(400, 599, "/error-page");
        }
        server.setHandler(context);
        server.start();
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

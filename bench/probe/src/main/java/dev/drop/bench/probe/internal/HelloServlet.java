package dev.drop.bench.probe.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/** The baseline: a bare whiteboard servlet writing the same bytes. */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/bench/hello",
        "osgi.http.whiteboard.servlet.name=bench-hello"})
public final class HelloServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setContentLength(Hello.WORLD_JSON.length);
        response.getOutputStream().write(Hello.WORLD_JSON);
    }
}

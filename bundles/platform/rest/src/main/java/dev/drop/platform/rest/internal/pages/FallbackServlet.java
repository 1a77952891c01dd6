package dev.drop.platform.rest.internal.pages;

import dev.drop.platform.errorpage.ErrorPage;
import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.module.ModuleState;
import dev.drop.platform.web.RequestIds;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The default servlet: it answers every path no other servlet serves. Until the platform is first ready (every
 * health check up), every such path opens in a moment (503). After that, a page of a module that is switched off is
 * closed for now (503), of one still starting or whose servlet the web server is taking up opens in a moment (503);
 * an API path here means the API is not up (503); anything else is not found (404). While the platform core (the
 * module manager) restarts, every such path opens in a moment. This servlet lives beside the API's, not in the core,
 * so that it is there whenever the API is. Never the web server's own page.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.name=drop-fallback"})
public final class FallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private transient volatile ModuleService modules;
    private volatile boolean opened;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindModules(ModuleService service) {
        modules = service;
    }

    void unbindModules(ModuleService service) {
        if (modules == service) {
            modules = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            String path = request.getRequestURI();
            answerFor(path).write(response, path);
        }
    }

    private ErrorPage answerFor(String path) {
        ModuleService current = modules;
        if (ErrorPage.isApi(path) || current == null || !opened()) {
            return ErrorPage.starting();
        }
        return current.moduleServingPage(path).map(FallbackServlet::unavailable).orElseGet(ErrorPage::notFound);
    }

    /** Whether the platform has been ready once since it started; later trouble is a module's, answered by path. */
    private boolean opened() {
        if (!opened) {
            opened = !checks.isEmpty() && checks.stream().allMatch(FallbackServlet::up);
        }
        return opened;
    }

    private static boolean up(HealthCheck check) {
        try {
            return check.check().status() == HealthResult.Status.UP;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    /** A module's page that no servlet serves: the module is off or down, or its servlet is not taken up yet. */
    private static ErrorPage unavailable(ModuleInfo module) {
        boolean comingUp = module.enabled() && (module.state() == ModuleState.STARTING || module.state() == ModuleState.ACTIVE);
        return comingUp ? ErrorPage.starting() : ErrorPage.closed(module.name());
    }
}

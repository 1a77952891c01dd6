package dev.drop.platform.rest.internal.health;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.problem.ProblemResponses;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.ClientAddress;
import dev.drop.platform.security.Role;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Liveness and readiness. Live: this process answers. Ready: every registered {@link HealthCheck} (the database,
 * each module, the web pages) is up. Not ready is a 503 problem that carries the same report, for load balancers and
 * people alike. Anyone sees each check's name and status; what a check says beyond that (database versions, bundle
 * names, why something is down) is for operators and administrators, and for callers on this machine itself.
 */
@Component(service = HealthResource.class, property = "osgi.jaxrs.resource=true")
@PermitAll
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthCheck> checks;

    // each module's check is registered by the module manager: until it runs, no one can say the modules are up
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleService modules;

    @GET
    public Response health(@Context SecurityContext security, @Context ContainerRequestContext request) {
        HealthReport report = HealthReport.of(checks, modules != null);
        return answer(maySeeDetails(security, request) ? report : report.withoutDetails());
    }

    @GET
    @Path("ready")
    public Response ready(@Context SecurityContext security, @Context ContainerRequestContext request) {
        return health(security, request);
    }

    @GET
    @Path("live")
    public Liveness live() {
        return Liveness.UP;
    }

    /** The answer of the liveness probe: if this process can say anything at all, it is alive. */
    public record Liveness(String status) {
        static final Liveness UP = new Liveness("UP");
    }

    /** Details name versions, bundles and failures: for operators, and for whoever asks from this machine itself. */
    private static boolean maySeeDetails(SecurityContext security, ContainerRequestContext request) {
        return security.getUserPrincipal() instanceof Caller caller && caller.hasAnyRole(Role.OPERATOR, Role.ADMIN)
                || ClientAddress.isLocal((String) request.getProperty(ClientAddress.PROPERTY), request::getHeaderString);
    }

    private static Response answer(HealthReport report) {
        if (report.ready()) {
            return Response.ok(report).build();
        }
        String down = report.checks().stream().filter(check -> !"UP".equals(check.status()))
                .map(check -> check.name() + (check.detail() == null ? "" : " (" + check.detail() + ")"))
                .collect(Collectors.joining(", "));
        return ProblemResponses.of(ProblemType.UNAVAILABLE.problem("Not ready: " + down + ".")
                .with("live", report.live()).with("ready", false).with("checks", report.checks()));
    }
}

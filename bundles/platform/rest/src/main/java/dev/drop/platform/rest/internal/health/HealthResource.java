package dev.drop.platform.rest.internal.health;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.problem.ProblemResponses;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Liveness and readiness. Live: this process answers. Ready: every registered {@link HealthCheck} (the database,
 * each module) is up. Not ready is a 503 problem that carries the same report, for load balancers and people alike.
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
    public Response health() {
        return answer(HealthReport.of(checks, modules != null));
    }

    @GET
    @Path("ready")
    public Response ready() {
        return health();
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

    private static Response answer(HealthReport report) {
        if (report.ready()) {
            return Response.ok(report).build();
        }
        String down = report.checks().stream().filter(check -> !"UP".equals(check.status()))
                .map(check -> check.name() + " (" + check.detail() + ")").collect(Collectors.joining(", "));
        return ProblemResponses.of(ProblemType.UNAVAILABLE.problem("Not ready: " + down + ".")
                .with("live", report.live()).with("ready", false).with("checks", report.checks()));
    }
}

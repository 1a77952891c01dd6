package dev.drop.platform.core.internal.rest;

import dev.drop.platform.module.ModuleChange;
import dev.drop.platform.module.ModuleException;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Operators switch modules on and off over REST as they do at the console, with a reason that is audited. */
@Component(service = AdminModulesResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public final class AdminModulesResource {

    /** The wanted state of a module. */
    public record Change(Boolean enabled, String reason) {
    }

    /** The outcome: what the module is now, and how long the change took. */
    public record Outcome(ModuleInfo module, long tookMillis, String detail) {
    }

    private final ModuleService modules;

    @Activate
    public AdminModulesResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @GET
    public List<ModuleInfo> list() {
        return modules.list();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Outcome change(@PathParam("name") String name, Change change, @Context SecurityContext security) {
        if (change == null || change.enabled() == null) {
            throw ProblemType.VALIDATION.exception("Say whether the module is to be enabled.",
                    List.of(new FieldError("enabled", "must be true or false")));
        }
        String reason = change.reason() == null || change.reason().isBlank() ? "changed over REST" : change.reason().strip();
        if (modules.find(name).isEmpty()) {
            throw ProblemType.NOT_FOUND.exception("There is no module named '" + name + "'.");
        }
        String actor = "user:" + Caller.of(security.getUserPrincipal()).subject();
        try {
            ModuleChange done = change.enabled() ? modules.enable(name, actor, reason) : modules.disable(name, actor, reason);
            return new Outcome(modules.find(name).orElseThrow(), done.took().toMillis(), done.detail());
        } catch (ModuleException e) {
            throw ProblemType.UNPROCESSABLE.exception(e.getMessage());
        }
    }
}

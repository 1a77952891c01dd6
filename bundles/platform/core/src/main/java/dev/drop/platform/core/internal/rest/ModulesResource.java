package dev.drop.platform.core.internal.rest;

import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/modules}: every module, whether it is enabled, what it is doing, and its bundles. */
@Component(service = ModulesResource.class, property = "osgi.jaxrs.resource=true")
@PermitAll
@Path("v1/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final ModuleService modules;

    @Activate
    public ModulesResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @GET
    public List<ModuleInfo> list() {
        return modules.list();
    }

    @GET
    @Path("{name}")
    public ModuleInfo module(@PathParam("name") String name) {
        return modules.find(name).orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no module named '" + name + "'."));
    }
}

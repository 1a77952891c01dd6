package dev.drop.platform.core.internal.rest;

import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import java.util.List;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Operators read and change feature flags over REST, as {@code drop:flag} does; every change is audited with a reason. */
@Component(service = AdminFlagsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/admin/flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public final class AdminFlagsResource {

    /** A flag's whole rule set, as it is to be. */
    public record FlagRules(Boolean enabled, Set<String> allowUsers, Set<String> allowMerchants, Set<Role> allowRoles,
                            Integer rolloutPercent, RolloutBy rolloutBy, String reason) {
    }

    private final FlagService flags;

    @Activate
    public AdminFlagsResource(@Reference FlagService flags) {
        this.flags = flags;
    }

    @GET
    public List<Flag> list() {
        return flags.list();
    }

    @GET
    @Path("{name}")
    public Flag flag(@PathParam("name") String name) {
        return flags.find(name).orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no flag named '" + name + "'."));
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Flag save(@PathParam("name") String name, FlagRules rules, @Context SecurityContext security) {
        if (rules == null || rules.enabled() == null) {
            throw ProblemType.VALIDATION.exception("Say whether the flag is on.", List.of(new FieldError("enabled",
                    "must be true or false")));
        }
        Flag flag;
        try {
            flag = new Flag(name, rules.enabled(), orEmpty(rules.allowUsers()), orEmpty(rules.allowMerchants()),
                    orEmpty(rules.allowRoles()), rules.rolloutPercent(),
                    rules.rolloutBy() == null ? RolloutBy.USER : rules.rolloutBy(), null, null);
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("The flag is invalid: " + e.getMessage() + ".");
        }
        return flags.save(flag, actor(security), reason(rules.reason()));
    }

    @DELETE
    @Path("{name}")
    public Response clear(@PathParam("name") String name, @QueryParam("reason") String reason,
                          @Context SecurityContext security) {
        flag(name);
        flags.clear(name, actor(security), reason(reason));
        return Response.noContent().build();
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemType.VALIDATION.exception("Say why.", List.of(new FieldError("reason",
                    "must be given: flag changes are audited")));
        }
        return reason.strip();
    }

    private static String actor(SecurityContext security) {
        return "user:" + Caller.of(security.getUserPrincipal()).subject();
    }
}

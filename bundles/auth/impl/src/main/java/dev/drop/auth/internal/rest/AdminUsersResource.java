package dev.drop.auth.internal.rest;

import dev.drop.auth.UserAccount;
import dev.drop.auth.internal.account.Accounts;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import dev.drop.platform.web.RequestValues;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Administrators' view of the users: list, roles, locks. */
@Component(service = AdminUsersResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public final class AdminUsersResource {

    private static final int MAX_PAGE = 200;

    private final Accounts accounts;

    @Activate
    public AdminUsersResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    /** Users by e-mail address; {@code after} is the last address of the previous page. */
    @GET
    public Views.Users list(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemType.VALIDATION.exception("The page size is invalid.",
                    List.of(new FieldError("limit", "must be 1 to " + MAX_PAGE)));
        }
        List<UserAccount> page = accounts.page(after, size);
        String next = page.size() == size ? page.get(page.size() - 1).email() : null;
        return new Views.Users(page.stream().map(Views.User::of).toList(), next);
    }

    @GET
    @Path("{id}")
    public Views.User show(@PathParam("id") String id) {
        return Views.User.of(accounts.find(parse(id)).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.User roles(@PathParam("id") String id, Requests.RolesChange body, @Context SecurityContext security) {
        Requests.RolesChange change = RequestValues.required(body);
        if (change.roles() == null || change.roles().contains(null)) {
            throw ProblemType.VALIDATION.exception("The roles are missing.", List.of(new FieldError("roles",
                    "must list the roles the user is to hold")));
        }
        return Views.User.of(accounts.setRoles(parse(id), change.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(change.roles()), actor(security), reason(change.reason())));
    }

    @POST
    @Path("{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.User lock(@PathParam("id") String id, Requests.LockChange body, @Context SecurityContext security) {
        UUID user = parse(id);
        accounts.lock(user, true, actor(security), reason(RequestValues.required(body).reason()));
        return Views.User.of(accounts.find(user).orElseThrow());
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.User unlock(@PathParam("id") String id, Requests.LockChange body, @Context SecurityContext security) {
        UUID user = parse(id);
        accounts.lock(user, false, actor(security), reason(RequestValues.required(body).reason()));
        return Views.User.of(accounts.find(user).orElseThrow());
    }

    private static String actor(SecurityContext security) {
        return "user:" + Caller.of(security.getUserPrincipal()).subject();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemType.VALIDATION.exception("Say why.", List.of(new FieldError("reason",
                    "must be given, at most 500 characters: changes to users are audited")));
        }
        return reason.strip();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static RuntimeException notFound(String id) {
        return ProblemType.NOT_FOUND.exception("There is no user " + id + ".");
    }
}

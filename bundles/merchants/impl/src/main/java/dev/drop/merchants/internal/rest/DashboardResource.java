package dev.drop.merchants.internal.rest;

import dev.drop.merchants.DashboardSection;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantRole;
import dev.drop.merchants.internal.Merchants;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** A merchant's dashboard: its status and the figures of every module that contributes a section. Any staff role. */
@Component(service = DashboardResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{id}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {

    /** The dashboard as JSON: {@code sections} by name, each the figures its module gives. */
    record Dashboard(UUID merchant, String displayName, String status, Instant generatedAt,
                     Map<String, Map<String, Object>> sections) {
    }

    private final Merchants merchants;
    private final List<DashboardSection> sections = new CopyOnWriteArrayList<>();

    @Activate
    public DashboardResource(@Reference Merchants merchants) {
        this.merchants = merchants;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSection(DashboardSection section) {
        sections.add(section);
    }

    void unbindSection(DashboardSection section) {
        sections.remove(section);
    }

    @GET
    public Dashboard dashboard(@PathParam("id") String id, @Context SecurityContext security) {
        UUID merchantId = RequestValues.pathId(id, "merchant");
        Merchant merchant = merchants.require(merchantId, Caller.of(security.getUserPrincipal()), MerchantRole.VIEWER);
        Map<String, Map<String, Object>> figures = new TreeMap<>();
        for (DashboardSection section : sections) {
            figures.put(section.name(), section.figures(merchantId));
        }
        return new Dashboard(merchantId, merchant.displayName(), merchant.status().name(), Instant.now(), figures);
    }
}

package dev.drop.catalog.internal.rest;

import dev.drop.catalog.internal.Collections;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.platform.web.RequestValues;
import java.net.URI;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's collections as its staff manage them. */
@Component(service = CollectionsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/collections")
@Produces(MediaType.APPLICATION_JSON)
public final class CollectionsResource {

    private final Collections collections;

    @Activate
    public CollectionsResource(@Reference Collections collections) {
        this.collections = collections;
    }

    @GET
    public Views.Collections list(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        return new Views.Collections(collections.list(RequestValues.pathId(merchantId, "merchant"),
                ProductsResource.caller(security)).stream().map(Views.Collection::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("merchantId") String merchantId, Collections.NewCollection body,
                        @Context SecurityContext security) {
        UUID merchant = RequestValues.pathId(merchantId, "merchant");
        CollectionRow added = collections.add(merchant, ProductsResource.caller(security), RequestValues.required(body));
        return Response.created(URI.create("v1/merchants/" + merchant + "/collections/" + added.id()))
                .entity(Views.Collection.of(added)).build();
    }

    @PUT
    @Path("{collectionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.Collection update(@PathParam("merchantId") String merchantId, @PathParam("collectionId") String collectionId,
                                   Collections.NewCollection body, @Context SecurityContext security) {
        return Views.Collection.of(collections.update(RequestValues.pathId(merchantId, "merchant"),
                ProductsResource.caller(security), RequestValues.pathId(collectionId, "collection"),
                RequestValues.required(body)));
    }

    @DELETE
    @Path("{collectionId}")
    public Response remove(@PathParam("merchantId") String merchantId, @PathParam("collectionId") String collectionId,
                           @Context SecurityContext security) {
        collections.remove(RequestValues.pathId(merchantId, "merchant"), ProductsResource.caller(security),
                RequestValues.pathId(collectionId, "collection"));
        return Response.noContent().build();
    }
}

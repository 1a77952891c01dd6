package dev.drop.catalog.internal.rest;

import dev.drop.catalog.internal.Categories;
import dev.drop.catalog.internal.persistence.CategoryRow;
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

/** A merchant's categories as its staff manage them. */
@Component(service = CategoriesResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/categories")
@Produces(MediaType.APPLICATION_JSON)
public final class CategoriesResource {

    private final Categories categories;

    @Activate
    public CategoriesResource(@Reference Categories categories) {
        this.categories = categories;
    }

    @GET
    public Views.Categories list(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        return new Views.Categories(categories.list(RequestValues.pathId(merchantId, "merchant"),
                ProductsResource.caller(security)).stream().map(Views.Category::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("merchantId") String merchantId, Categories.NewCategory body,
                        @Context SecurityContext security) {
        UUID merchant = RequestValues.pathId(merchantId, "merchant");
        CategoryRow added = categories.add(merchant, ProductsResource.caller(security), RequestValues.required(body));
        return Response.created(URI.create("v1/merchants/" + merchant + "/categories/" + added.id()))
                .entity(Views.Category.of(added)).build();
    }

    @PUT
    @Path("{categoryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.Category update(@PathParam("merchantId") String merchantId, @PathParam("categoryId") String categoryId,
                                 Categories.NewCategory body, @Context SecurityContext security) {
        return Views.Category.of(categories.update(RequestValues.pathId(merchantId, "merchant"),
                ProductsResource.caller(security), RequestValues.pathId(categoryId, "category"), RequestValues.required(body)));
    }

    @DELETE
    @Path("{categoryId}")
    public Response remove(@PathParam("merchantId") String merchantId, @PathParam("categoryId") String categoryId,
                           @Context SecurityContext security) {
        categories.remove(RequestValues.pathId(merchantId, "merchant"), ProductsResource.caller(security),
                RequestValues.pathId(categoryId, "category"));
        return Response.noContent().build();
    }
}

package dev.drop.catalog.internal.rest;

import static dev.drop.platform.web.RequestValues.ifMatchVersion;
import static dev.drop.platform.web.RequestValues.pathId;
import static dev.drop.platform.web.RequestValues.required;

import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.ProductInput;
import dev.drop.catalog.internal.Products;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's products as its staff and API keys manage them. Answers carry the product's version as ETag. */
@Component(service = ProductsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/products")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductsResource {

    private final Products products;

    @Activate
    public ProductsResource(@Reference Products products) {
        this.products = products;
    }

    @GET
    public Views.StaffProducts list(@PathParam("merchantId") String merchantId, @QueryParam("status") String status,
                                    @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
                                    @Context SecurityContext security) {
        return Views.StaffProducts.of(products.list(pathId(merchantId, "merchant"), caller(security), status(status),
                PageRequest.of(cursor, limit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("merchantId") String merchantId, ProductInput body, @Context SecurityContext security) {
        UUID merchant = pathId(merchantId, "merchant");
        Product created = products.create(merchant, caller(security), required(body));
        return tagged(Response.created(URI.create("v1/merchants/" + merchant + "/products/" + created.row().id())), created);
    }

    /** Creates or updates (by SKU) the products of a CSV sheet; a sheet with any bad row changes nothing (422). */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Products.Imported importSheet(@PathParam("merchantId") String merchantId, InputStream sheet,
                                         @Context SecurityContext security) {
        return products.importSheet(pathId(merchantId, "merchant"), caller(security), sheet);
    }

    /** Every product as a CSV sheet (one row per variant) that the import reads back. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response exportSheet(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        UUID merchant = pathId(merchantId, "merchant");
        Caller caller = caller(security);
        products.require(merchant, caller, MerchantRole.VIEWER);
        StreamingOutput sheet = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            products.exportSheet(merchant, caller, writer);
            writer.flush();
        };
        return Response.ok(sheet, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"products-" + merchant + ".csv\"").build();
    }

    @GET
    @Path("{productId}")
    public Response show(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                         @Context SecurityContext security) {
        return tagged(Response.ok(), products.get(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product")));
    }

    /** Changes the fields sent; {@code If-Match} with the ETag read makes a stale write fail with 412. */
    @PATCH
    @Path("{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                           ProductInput body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context SecurityContext security) {
        return tagged(Response.ok(), products.change(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product"),
                required(body), ifMatchVersion(ifMatch, "product")));
    }

    @DELETE
    @Path("{productId}")
    public Response delete(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                           @Context SecurityContext security) {
        products.delete(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product"));
        return Response.noContent().build();
    }

    private static Response tagged(Response.ResponseBuilder response, Product product) {
        return response.tag(new EntityTag(Long.toString(product.row().version()))).entity(Views.StaffProduct.of(product)).build();
    }

    static ProductStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ProductStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("The status filter is invalid.", List.of(new FieldError("status",
                    "must be DRAFT, PUBLISHED or ARCHIVED")));
        }
    }

    static Caller caller(SecurityContext security) {
        return Caller.of(security.getUserPrincipal());
    }
}

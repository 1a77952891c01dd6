package dev.drop.catalog.internal.rest;

import static dev.drop.platform.web.RequestValues.pathId;
import static dev.drop.platform.web.RequestValues.required;

import dev.drop.catalog.internal.Images;
import dev.drop.catalog.internal.ProductImage;
import dev.drop.catalog.internal.Products;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.FormParts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A product's pictures. Upload is {@code multipart/form-data} with the picture in the part {@code file} and an
 * optional {@code alt} text; what the picture is comes from its bytes, not from the part's name or type.
 */
@Component(service = ImagesResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/products/{productId}/images")
@Produces(MediaType.APPLICATION_JSON)
public final class ImagesResource {

    private static final int MAX_ALT_BYTES = 4096;

    private final Images images;
    private final Products products;

    @Activate
    public ImagesResource(@Reference Images images, @Reference Products products) {
        this.images = images;
        this.products = products;
    }

    record ImageList(List<Views.Image> images) {
    }

    record ImageOrder(List<UUID> imageIds) {
    }

    record ImageChange(String alt) {
    }

    @GET
    public ImageList list(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                          @Context SecurityContext security) {
        return view(images.list(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product")));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                           @Context ContainerRequestContext request, @Context SecurityContext security) {
        UUID merchant = pathId(merchantId, "merchant");
        UUID product = pathId(productId, "product");
        Caller caller = caller(security);
        // who may upload is settled before a byte of the body is read
        products.require(merchant, caller, MerchantRole.MANAGER);
        FormParts form = FormParts.of(request::getProperty);
        FormParts.Part file = form.part("file", images.maxUploadBytes()).orElseThrow(() -> ProblemType.VALIDATION.exception(
                "The upload has no picture.", List.of(new FieldError("file", "a part named 'file' holding the picture is required"))));
        String alt = form.part("alt", MAX_ALT_BYTES).map(part -> new String(part.bytes(), StandardCharsets.UTF_8)).orElse(null);
        Views.Image added = Views.Image.of(images.add(merchant, caller, product, file.bytes(), alt));
        return Response.created(URI.create("v1/merchants/" + merchant + "/products/" + product + "/images/" + added.id()))
                .entity(added).build();
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImageList reorder(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                             ImageOrder body, @Context SecurityContext security) {
        return view(images.reorder(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product"),
                required(body).imageIds()));
    }

    @PATCH
    @Path("{imageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.Image describe(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                                @PathParam("imageId") String imageId, ImageChange body, @Context SecurityContext security) {
        return Views.Image.of(images.describe(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product"),
                pathId(imageId, "image"), required(body).alt()));
    }

    @DELETE
    @Path("{imageId}")
    public Response delete(@PathParam("merchantId") String merchantId, @PathParam("productId") String productId,
                           @PathParam("imageId") String imageId, @Context SecurityContext security) {
        images.delete(pathId(merchantId, "merchant"), caller(security), pathId(productId, "product"), pathId(imageId, "image"));
        return Response.noContent().build();
    }

    private static ImageList view(List<ProductImage> list) {
        return new ImageList(list.stream().map(Views.Image::of).toList());
    }

    private static Caller caller(SecurityContext security) {
        return ProductsResource.caller(security);
    }
}

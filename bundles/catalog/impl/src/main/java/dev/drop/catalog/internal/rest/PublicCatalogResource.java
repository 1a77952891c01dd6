package dev.drop.catalog.internal.rest;

import dev.drop.catalog.internal.PublicCatalog;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.web.RequestValues;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The public catalog: published products of active merchants, for anyone. */
@Component(service = PublicCatalogResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/catalog/{shop}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class PublicCatalogResource {

    private final PublicCatalog catalog;

    @Activate
    public PublicCatalogResource(@Reference PublicCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Searches the shop: {@code q} in name, brand and description; {@code category} (a slug, with its subcategories),
     * {@code collection} (a slug), {@code brand}, {@code minPrice}/{@code maxPrice} (decimal amounts), {@code inStock=true}; {@code sort} name,
     * price, price_desc or newest; {@code cursor} from the previous page.
     */
    @GET
    @Path("products")
    public Views.PublicProducts products(@PathParam("shop") String shop, @QueryParam("q") String query,
                                         @QueryParam("category") String category,
                                         @QueryParam("collection") String collection, @QueryParam("brand") String brand,
                                         @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
                                         @QueryParam("inStock") String inStock, @QueryParam("sort") String sort,
                                         @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return Views.PublicProducts.of(catalog.search(shop, new PublicCatalog.Search(query, category, collection, brand, minPrice,
                maxPrice, RequestValues.flag(inStock, "inStock"), sort), PageRequest.of(cursor, limit)));
    }

    @GET
    @Path("products/{slug}")
    public Views.PublicProduct product(@PathParam("shop") String shop, @PathParam("slug") String slug) {
        return Views.PublicProduct.of(catalog.product(shop, slug));
    }

    @GET
    @Path("collections")
    public Views.Collections collections(@PathParam("shop") String shop) {
        return new Views.Collections(catalog.collections(shop).stream().map(Views.Collection::of).toList());
    }

    @GET
    @Path("categories")
    public Views.Categories categories(@PathParam("shop") String shop) {
        return new Views.Categories(catalog.categories(shop).stream().map(Views.Category::of).toList());
    }
}

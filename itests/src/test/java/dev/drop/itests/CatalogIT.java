package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Problems.assertProblem;
import static dev.drop.itests.Shops.created;
import static dev.drop.itests.Shops.merchant;
import static dev.drop.itests.Shops.patch;
import static dev.drop.itests.Shops.product;
import static dev.drop.itests.Shops.variant;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Products, categories and the public catalog over real HTTP against PostgreSQL, with cross-merchant attempts. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT extends DropTestSupport {

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void staffBuildTheCatalogAndOnlyPublishedProductsOfActiveShopsArePublic() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        auth.register("noor@example.com");
        String noor = bearer(auth.login("noor@example.com"));
        String shop = api.postJson("/api/v1/merchants", merchant("noor-parfums"), "Authorization", noor).json().path("id").asText();
        String products = "/api/v1/merchants/" + shop + "/products";

        String fragrance = created(api.postJson("/api/v1/merchants/" + shop + "/categories", "{\"name\": \"Fragrance\"}",
                "Authorization", noor)).path("id").asText();
        String edp = created(api.postJson("/api/v1/merchants/" + shop + "/categories",
                "{\"name\": \"Eau de Parfum\", \"parentId\": \"" + fragrance + "\"}", "Authorization", noor)).path("id").asText();
        assertEquals("eau-de-parfum", api.get("/api/v1/merchants/" + shop + "/categories", "Authorization", noor).json()
                .path("categories").get(1).path("slug").asText());

        String winter = created(api.postJson("/api/v1/merchants/" + shop + "/collections", "{\"name\": \"Winter Favourites\"}",
                "Authorization", noor)).path("id").asText();
        JsonNode rose = created(api.postJson(products, product("NP-ROSE", "Rose Noire", "Maison Noor", "PUBLISHED",
                "[\"" + edp + "\"]", variant("NP-ROSE-50", "50 ml", 129000, 3) + "," + variant("NP-ROSE-100", "100 ml", 189000, 0)),
                "Authorization", noor));
        assertEquals("rose-noire", rose.path("slug").asText());
        assertEquals(129000, rose.path("fromPrice").path("amount").asLong());
        assertEquals("SEK", rose.path("fromPrice").path("currency").asText());
        JsonNode oud = created(api.postJson(products, product("NP-OUD", "Oud Ambré", "Maison Noor", "PUBLISHED", "[]",
                variant("NP-OUD-50", "50 ml", 99000, 0)), "Authorization", noor));
        Http.Reply collected = patch(api, products + "/" + oud.path("id").asText(), "{\"collections\": [\"" + winter + "\"]}",
                noor, "\"1\"");
        assertEquals(collected.body(), winter, collected.json().path("collections").get(0).asText());
        assertProblem(patch(api, products + "/" + oud.path("id").asText(), "{\"collections\": [\"" + fragrance + "\"]}",
                noor, null), 400, "validation");
        created(api.postJson(products, product("NP-IRIS", "Iris Poudré", "Atelier Blanc", "PUBLISHED", "[\"" + fragrance + "\"]",
                variant("NP-IRIS-30", "30 ml", 59000, 8)), "Authorization", noor));
        JsonNode draft = created(api.postJson(products, product("NP-DRAFT", "Secret Draft", "Maison Noor", "DRAFT", "[]",
                variant("NP-DRAFT-50", "50 ml", 10000, 1)), "Authorization", noor));

        assertProblem(api.postJson(products, product("NP-ROSE", "Again", "X", "DRAFT", "[]", ""), "Authorization", noor), 409,
                "conflict");
        Http.Reply invalid = api.postJson(products, product("bad sku!", "", "X", "PUBLISHED", "[]",
                "{\"sku\": \"V1\", \"name\": \"50 ml\", \"price\": {\"amount\": 100, \"currency\": \"EUR\"}, \"stock\": -1}"),
                "Authorization", noor);
        assertProblem(invalid, 400, "validation");
        for (String field : List.of("\"sku\"", "\"name\"", "variants[0].price.currency", "variants[0].stock")) {
            assertThat(invalid.body(), containsString(field));
        }
        assertProblem(api.postJson(products, product("NP-EMPTY", "Empty", "X", "PUBLISHED", "[]", ""), "Authorization", noor),
                400, "validation");
        assertProblem(api.postJson(products, "{\"sku\": \"A\", \"name\": \"A\", \"price\": 5}", "Authorization", noor), 400,
                "validation");

        String draftPath = products + "/" + draft.path("id").asText();
        assertProblem(patch(api, draftPath, "{\"name\": \"Stale\"}", noor, "\"9\""), 412, "precondition-failed");
        Http.Reply renamed = patch(api, draftPath, "{\"name\": \"Still a Draft\"}", noor, "\"1\"");
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals("\"2\"", renamed.header("ETag"));

        JsonNode dashboard = api.get("/api/v1/merchants/" + shop + "/dashboard", "Authorization", noor).json();
        assertEquals("PENDING", dashboard.path("status").asText());
        JsonNode figures = dashboard.path("sections").path("catalog");
        assertEquals(3, figures.path("productsByStatus").path("PUBLISHED").asInt());
        assertEquals(1, figures.path("productsByStatus").path("DRAFT").asInt());
        assertEquals(0, figures.path("productsByStatus").path("ARCHIVED").asInt());
        assertEquals(5, figures.path("variants").asInt());
        assertEquals(1, figures.path("publishedOutOfStock").asInt());
        assertEquals(2, figures.path("categories").asInt());
        assertEquals("Still a Draft", figures.path("recentlyChanged").get(0).path("name").asText());

        assertProblem(api.get("/api/v1/catalog/noor-parfums/products"), 404, "not-found");
        Shops.approve(sessions, auth, shop);

        JsonNode all = api.get("/api/v1/catalog/noor-parfums/products").json();
        assertEquals(List.of("iris-poudre", "oud-ambre", "rose-noire"), slugs(all));
        assertThat(all.toString(), not(containsString("Draft")));
        JsonNode listed = all.path("products").get(2);
        assertEquals("Rose Noire", listed.path("name").asText());
        assertEquals(129000, listed.path("fromPrice").path("amount").asLong());
        assertEquals("NP-ROSE-50", listed.path("variants").get(0).path("sku").asText());
        assertEquals("50 ml", listed.path("variants").get(0).path("name").asText());
        assertEquals(129000, listed.path("variants").get(0).path("price").path("amount").asLong());
        assertTrue(listed.path("variants").get(0).path("inStock").asBoolean());
        assertEquals("NP-ROSE-100", listed.path("variants").get(1).path("sku").asText());
        assertFalse(listed.path("variants").get(1).path("inStock").asBoolean());
        assertThat(all.toString(), not(containsString("status")));
        assertEquals(List.of("rose-noire"), slugs(api.get("/api/v1/catalog/noor-parfums/products?q=NOIRE").json()));
        assertEquals(List.of("oud-ambre", "rose-noire"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?brand=Maison%20Noor").json()));
        assertEquals(List.of("oud-ambre", "rose-noire"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?minPrice=900&maxPrice=1290").json()));
        assertEquals(List.of("iris-poudre", "rose-noire"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?inStock=true").json()));
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?inStock=maybe"), 400, "validation");
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?limit=many"), 400, "validation");
        assertEquals(List.of("iris-poudre", "rose-noire"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?category=fragrance").json()));
        assertEquals(List.of("rose-noire", "oud-ambre", "iris-poudre"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?sort=price_desc").json()));
        assertEquals(List.of("oud-ambre"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?collection=winter-favourites").json()));
        assertEquals("Winter Favourites", api.get("/api/v1/catalog/noor-parfums/collections").json().path("collections")
                .get(0).path("name").asText());
        assertEquals(List.of("iris-poudre", "oud-ambre", "rose-noire"), pagedSlugs(api, "sort=price"));
        assertEquals(List.of("iris-poudre", "oud-ambre", "rose-noire"), pagedSlugs(api, "sort=name"));
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?sort=random"), 400, "validation");
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?minPrice=1e999999999"), 400, "validation");
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?cursor=garbage"), 400, "validation");
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products?q=" + "x".repeat(101)), 400, "validation");

        JsonNode page = api.get("/api/v1/catalog/noor-parfums/products/rose-noire").json();
        assertEquals("Rose Noire", page.path("name").asText());
        assertFalse(page.path("variants").get(1).path("inStock").asBoolean());
        assertProblem(api.get("/api/v1/catalog/noor-parfums/products/still-a-draft"), 404, "not-found");
        assertProblem(api.get("/api/v1/catalog/nobody/products"), 404, "not-found");

        assertEquals(204, api.send("DELETE", draftPath, BodyPublishers.noBody(), "Authorization", noor).status());
        assertProblem(api.get(draftPath, "Authorization", noor), 404, "not-found");

        staffReshapeTheCategoryTree(api, shop, noor, fragrance, edp, products + "/" + rose.path("id").asText());
        staffRenameAndDeleteACollection(api, shop, noor, winter, products + "/" + oud.path("id").asText());
    }

    private void staffRenameAndDeleteACollection(Http api, String shop, String noor, String winter, String oudPath) {
        String collections = "/api/v1/merchants/" + shop + "/collections";
        Http.Reply renamed = put(api, collections + "/" + winter, "{\"name\": \"Winter Warmers\", \"slug\": \"winter-warmers\"}",
                noor);
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals(List.of("oud-ambre"),
                slugs(api.get("/api/v1/catalog/noor-parfums/products?collection=winter-warmers").json()));
        String summer = created(api.postJson(collections, "{\"name\": \"Summer\"}", "Authorization", noor)).path("id").asText();
        assertProblem(put(api, collections + "/" + summer, "{\"name\": \"Summer\", \"slug\": \"winter-warmers\"}", noor), 409,
                "conflict");
        assertProblem(put(api, collections + "/" + summer, "{\"name\": \"Summer\", \"slug\": \"Not A Slug\"}", noor), 400,
                "validation");
        assertProblem(put(api, collections + "/" + UUID.randomUUID(), "{\"name\": \"Ghost\"}", noor), 404, "not-found");
        assertProblem(put(api, collections + "/" + summer, "", noor), 400, "validation");
        assertProblem(put(api, collections + "/" + summer, "{\"name\": \"Summer\", \"parentId\": null}", noor), 400,
                "validation");

        assertDeletedOnceAndLeftBy(api, collections + "/" + winter, oudPath, "collections", noor);
        assertEquals(List.of("Summer"), names(api.get(collections, "Authorization", noor).json().path("collections")));
    }

    /**
     * Deletes a category or collection: 204, then 404 the second time; the product that was in it lists it no more
     * and has a new ETag.
     */
    private static void assertDeletedOnceAndLeftBy(Http api, String groupPath, String productPath, String field, String bearer) {
        String etagBefore = api.get(productPath, "Authorization", bearer).header("ETag");
        assertEquals(204, api.send("DELETE", groupPath, BodyPublishers.noBody(), "Authorization", bearer).status());
        assertProblem(api.send("DELETE", groupPath, BodyPublishers.noBody(), "Authorization", bearer), 404, "not-found");
        Http.Reply product = api.get(productPath, "Authorization", bearer);
        assertEquals(0, product.json().path(field).size());
        assertThat(product.header("ETag"), not(etagBefore));
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private void staffReshapeTheCategoryTree(Http api, String shop, String noor, String fragrance, String edp, String rosePath) {
        String categories = "/api/v1/merchants/" + shop + "/categories";
        Http.Reply renamed = put(api, categories + "/" + edp, "{\"name\": \"Eau de Parfum Intense\", \"slug\": \"edp-intense\", "
                + "\"parentId\": \"" + fragrance + "\"}", noor);
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals("edp-intense", renamed.json().path("slug").asText());
        assertEquals(List.of("rose-noire"), slugs(api.get("/api/v1/catalog/noor-parfums/products?category=edp-intense").json()));

        assertProblem(put(api, categories + "/" + fragrance, "{\"name\": \"Fragrance\", \"parentId\": \"" + edp + "\"}", noor),
                400, "validation");
        assertProblem(put(api, categories + "/" + fragrance, "{\"name\": \"Fragrance\", \"parentId\": \"" + fragrance + "\"}",
                noor), 400, "validation");
        assertProblem(put(api, categories + "/" + fragrance, "{\"name\": \"\"}", noor), 400, "validation");
        assertProblem(put(api, categories + "/" + fragrance, "{\"name\": \"Fragrance\", \"colour\": \"red\"}", noor), 400,
                "validation");
        for (String bad : List.of("", "{", "[]", "{\"name\": 5}", "{\"name\": \"Fragrance\", \"position\": 99999999999}",
                "{\"name\": \"Fragrance\", \"parentId\": \"not-a-uuid\"}", "{\"name\": \"" + "x".repeat(121) + "\"}")) {
            Http.Reply refused = put(api, categories + "/" + fragrance, bad, noor);
            assertEquals(bad, 400, refused.status());
            assertThat(refused.header("Content-Type"), containsString("application/problem+json"));
        }
        assertEquals(415, api.send("PUT", categories + "/" + fragrance, BodyPublishers.ofString("name=Fragrance"),
                "Authorization", noor, "Content-Type", "application/x-www-form-urlencoded").status());
        assertEquals("Fragrance", api.get(categories, "Authorization", noor).json().path("categories").get(0).path("name")
                .asText());
        String cologne = created(api.postJson(categories, "{\"name\": \"Cologne\"}", "Authorization", noor)).path("id").asText();
        assertProblem(put(api, categories + "/" + cologne, "{\"name\": \"Cologne\", \"slug\": \"edp-intense\"}", noor), 409,
                "conflict");
        assertProblem(put(api, categories + "/" + UUID.randomUUID(), "{\"name\": \"Ghost\"}", noor), 404,
                "not-found");
        assertProblem(api.send("DELETE", categories + "/" + fragrance, BodyPublishers.noBody(), "Authorization", noor), 409,
                "conflict");
        assertEquals("edp-intense", api.get(categories, "Authorization", noor).json().path("categories").get(1).path("slug")
                .asText());

        assertDeletedOnceAndLeftBy(api, categories + "/" + edp, rosePath, "categories", noor);
        assertEquals(2, api.get(categories, "Authorization", noor).json().path("categories").size());
    }

    private static Http.Reply put(Http api, String path, String json, String bearer) {
        return api.send("PUT", path, BodyPublishers.ofString(json), "Authorization", bearer, "Content-Type", "application/json");
    }

    @Test
    public void noOneReachesAnotherMerchantsProductsAndKeysActWithinTheirScopes() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        auth.register("maja@example.com");
        auth.register("kim@example.com");
        String maja = bearer(auth.login("maja@example.com"));
        String kim = bearer(auth.login("kim@example.com"));
        String majaShop = api.postJson("/api/v1/merchants", merchant("maja-doft"), "Authorization", maja).json().path("id").asText();
        String kimShop = api.postJson("/api/v1/merchants", merchant("kim-scents"), "Authorization", kim).json().path("id").asText();
        String majaProducts = "/api/v1/merchants/" + majaShop + "/products";
        String product = created(api.postJson(majaProducts, product("MD-1", "Linden", "Maja", "DRAFT", "[]",
                variant("MD-1-50", "50 ml", 50000, 2)), "Authorization", maja)).path("id").asText();

        assertProblem(api.get(majaProducts, "Authorization", kim), 404, "not-found");
        assertProblem(api.get(majaProducts + "/" + product, "Authorization", kim), 404, "not-found");
        assertProblem(api.get("/api/v1/merchants/" + kimShop + "/products/" + product, "Authorization", kim), 404, "not-found");
        assertProblem(patch(api, majaProducts + "/" + product, "{\"name\": \"Mine\"}", kim, null), 404, "not-found");
        assertProblem(api.send("DELETE", majaProducts + "/" + product, BodyPublishers.noBody(), "Authorization", kim), 404,
                "not-found");
        String majaCategory = created(api.postJson("/api/v1/merchants/" + majaShop + "/categories", "{\"name\": \"Linden\"}",
                "Authorization", maja)).path("id").asText();
        assertProblem(put(api, "/api/v1/merchants/" + majaShop + "/categories/" + majaCategory, "{\"name\": \"Mine\"}", kim), 404,
                "not-found");
        assertProblem(put(api, "/api/v1/merchants/" + kimShop + "/categories/" + majaCategory, "{\"name\": \"Mine\"}", kim), 404,
                "not-found");
        assertProblem(api.send("DELETE", "/api/v1/merchants/" + kimShop + "/categories/" + majaCategory, BodyPublishers.noBody(),
                "Authorization", kim), 404, "not-found");
        assertEquals("Linden", api.get("/api/v1/merchants/" + majaShop + "/categories", "Authorization", maja).json()
                .path("categories").get(0).path("name").asText());
        String majaCollection = created(api.postJson("/api/v1/merchants/" + majaShop + "/collections", "{\"name\": \"Spring\"}",
                "Authorization", maja)).path("id").asText();
        assertProblem(put(api, "/api/v1/merchants/" + kimShop + "/collections/" + majaCollection, "{\"name\": \"Mine\"}", kim),
                404, "not-found");
        assertProblem(api.send("DELETE", "/api/v1/merchants/" + kimShop + "/collections/" + majaCollection,
                BodyPublishers.noBody(), "Authorization", kim), 404, "not-found");
        assertEquals("Spring", api.get("/api/v1/merchants/" + majaShop + "/collections", "Authorization", maja).json()
                .path("collections").get(0).path("name").asText());
        assertProblem(api.get(majaProducts), 401, "unauthorized");
        assertProblem(api.get("/api/v1/merchants/" + majaShop + "/dashboard", "Authorization", kim), 404, "not-found");

        api.postJson("/api/v1/merchants/" + majaShop + "/staff", "{\"email\": \"kim@example.com\", \"role\": \"VIEWER\"}",
                "Authorization", maja);
        assertEquals(200, api.get(majaProducts + "/" + product, "Authorization", kim).status());
        assertProblem(api.postJson(majaProducts, product("MD-2", "Kim's", "K", "DRAFT", "[]", ""), "Authorization", kim), 403,
                "forbidden");

        String reader = key(api, majaShop, maja, "[\"catalog:read\"]");
        String writer = key(api, majaShop, maja, "[\"catalog:read\", \"catalog:write\"]");
        assertEquals(200, api.get(majaProducts, "Authorization", reader).status());
        assertProblem(api.postJson(majaProducts, product("MD-3", "Read only", "K", "DRAFT", "[]", ""), "Authorization", reader),
                403, "forbidden");
        assertEquals(201, api.postJson(majaProducts, product("MD-4", "From the till", "K", "DRAFT", "[]", ""),
                "Authorization", writer).status());
        assertProblem(api.get("/api/v1/merchants/" + kimShop + "/products", "Authorization", writer), 404, "not-found");
        assertProblem(api.postJson("/api/v1/merchants/" + kimShop + "/products", product("KS-1", "Planted", "K", "DRAFT",
                "[]", ""), "Authorization", writer), 404, "not-found");
        assertTrue(api.get(majaProducts, "Authorization", maja).json().path("products").size() == 2);
    }

    @Test
    public void aSheetWithAnyBadRowImportsNothingAndAnExportImportsBackUnchanged() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        auth.register("sara@example.com");
        String sara = bearer(auth.login("sara@example.com"));
        String shop = api.postJson("/api/v1/merchants", merchant("sara-scents"), "Authorization", sara).json().path("id").asText();
        String products = "/api/v1/merchants/" + shop + "/products";
        created(api.postJson("/api/v1/merchants/" + shop + "/categories", "{\"name\": \"Eau de Parfum\"}", "Authorization", sara));

        String header = "sku,name,brand,status,categories,variant_sku,variant_name,price,stock,attribute:notes\n";
        String bad = header
                + "SS-1,Vetiver,Sara,PUBLISHED,eau-de-parfum,SS-1-50,50 ml,1290.00,4,\"vetiver, cedar\"\n"
                + "SS-1,Vetiver,Sara,PUBLISHED,eau-de-parfum,SS-1-100,100 ml,12.345,2,\"vetiver, cedar\"\n"
                + "SS-2,Neroli,Sara,SOLD,cologne,SS-2-50,50 ml,990,many,\n"
                + "SS-3,,Sara,DRAFT,,,,,,\n";
        Http.Reply refused = csv(api, products + "/import", bad, sara);
        assertProblem(refused, 422, "unprocessable");
        for (String field : List.of("row 3: price", "row 4: status", "row 4: stock", "row 4: categories", "row 5: name")) {
            assertThat(refused.body(), containsString(field));
        }
        assertEquals(0, api.get(products, "Authorization", sara).json().path("products").size());
        assertProblem(csv(api, products + "/import", "sku,name,colour\nA,B,red\n", sara), 422, "unprocessable");
        assertProblem(csv(api, products + "/import", "sku,name\n\"A,B\n", sara), 400, "bad-request");

        String good = header
                + "SS-1,Vetiver,Sara,PUBLISHED,eau-de-parfum,SS-1-50,50 ml,1290.00,4,\"vetiver, cedar\"\n"
                + "SS-1,Vetiver,Sara,PUBLISHED,eau-de-parfum,SS-1-100,100 ml,1890.50,0,\"vetiver, cedar\"\n"
                + "SS-2,Neroli,Sara,DRAFT,,,,,,\n";
        Http.Reply imported = csv(api, products + "/import", good, sara);
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(2, imported.json().path("created").asInt());
        JsonNode vetiver = api.get("/api/v1/merchants/" + shop + "/products?status=PUBLISHED", "Authorization", sara).json()
                .path("products").get(0);
        assertEquals(129000, vetiver.path("variants").get(0).path("price").path("amount").asLong());
        assertEquals(189050, vetiver.path("variants").get(1).path("price").path("amount").asLong());
        assertEquals("vetiver, cedar", vetiver.path("attributes").path("notes").asText());

        Http.Reply export = api.get(products + "/export", "Authorization", sara);
        assertEquals(export.body(), 200, export.status());
        assertThat(export.header("Content-Type"), containsString("text/csv"));
        assertThat(export.body(), containsString("SS-1,Vetiver,vetiver,Sara,,PUBLISHED,eau-de-parfum,,,SS-1-100,100 ml,1890.50,0"));
        Http.Reply again = csv(api, products + "/import", export.body(), sara);
        assertEquals(again.body(), 200, again.status());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals(2, again.json().path("updated").asInt());
        assertEquals(export.body(), api.get(products + "/export", "Authorization", sara).body());
    }

    private static Http.Reply csv(Http api, String path, String sheet, String bearer) {
        return api.send("POST", path, BodyPublishers.ofString(sheet), "Authorization", bearer, "Content-Type", "text/csv");
    }

    private static String key(Http api, String merchant, String owner, String scopes) {
        return "Bearer " + created(api.postJson("/api/v1/merchants/" + merchant + "/api-keys", "{\"name\": \"till\", \"scopes\": "
                + scopes + "}", "Authorization", owner)).path("secret").asText();
    }

    private static List<String> pagedSlugs(Http api, String query) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/catalog/noor-parfums/products?limit=1&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            slugs.addAll(slugs(page));
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (cursor != null && slugs.size() < 10);
        return slugs;
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.path("products").forEach(product -> slugs.add(product.path("slug").asText()));
        return slugs;
    }
}

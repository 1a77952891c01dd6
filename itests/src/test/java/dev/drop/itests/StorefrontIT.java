package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Shops.created;
import static dev.drop.itests.Shops.merchant;
import static dev.drop.itests.Shops.variant;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The public storefront over real HTTP against PostgreSQL: pages, markup for search engines, escaping, errors. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StorefrontIT extends DropTestSupport {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void shoppersBrowseAnActiveShopsPublishedProductsAsEscapedPagesWithProductMarkup() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        Shops.Owner owner = Shops.openShop(auth, "ines@example.com", merchant("atelier-ines"));
        String ines = owner.bearer();
        String shop = owner.shop();
        String products = "/api/v1/merchants/" + shop + "/products";
        String woods = created(api.postJson("/api/v1/merchants/" + shop + "/categories", "{\"name\": \"Woody\"}",
                "Authorization", ines)).path("id").asText();
        created(api.postJson("/api/v1/merchants/" + shop + "/categories", "{\"name\": \"Smoky Woods\", \"parentId\": \""
                + woods + "\"}", "Authorization", ines));
        created(api.postJson(products, "{\"sku\": \"AI-CEDAR\", \"name\": \"Cedar <script>alert(1)</script>\", \"brand\": \"Atelier\","
                + " \"status\": \"PUBLISHED\", \"categories\": [\"" + woods + "\"], \"attributes\": {\"notes\": \"cedar & vetiver\"},"
                + " \"description\": \"A **dry** cedar. <img src=x onerror=alert(2)> [more](javascript:alert(3))\","
                + " \"variants\": [" + variant("AI-CEDAR-50", "50 ml", 119000, 2) + ", " + variant("AI-CEDAR-100", "100 ml", 169000, 0)
                + "]}", "Authorization", ines));
        String fig = created(api.postJson(products, "{\"sku\": \"AI-FIG\", \"name\": \"Fig Leaf\", \"status\": \"PUBLISHED\", "
                + "\"variants\": [" + variant("AI-FIG-30", "30 ml", 69000, 5) + "]}", "Authorization", ines)).path("id").asText();
        created(api.postJson(products, "{\"sku\": \"AI-SECRET\", \"name\": \"Unreleased Draft\", \"status\": \"DRAFT\"}",
                "Authorization", ines));

        assertEquals("a pending shop has no storefront", 404, api.get("/shop/atelier-ines/").status());
        Shops.approve(sessions, auth, shop);

        Http.Reply home = api.get("/shop/atelier-ines/");
        assertEquals(200, home.status());
        assertThat(home.contentType(), startsWith("text/html"));
        assertThat(home.header("Content-Security-Policy"), containsString("default-src 'none'"));
        assertThat(home.body(), containsString("<title>Shop</title>"));
        assertThat(home.body(), containsString("Cedar &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(home.body(), not(containsString("<script>alert")));
        assertThat(home.body(), containsString("Fig Leaf"));
        assertThat(home.body(), not(containsString("Unreleased Draft")));
        assertThat(home.body(), containsString("190,00\u00a0kr"));
        assertThat(home.body(), containsString("<main id=\"main\">"));
        assertThat(home.body(), containsString("href=\"/shop/atelier-ines/c/woody\""));

        Http.Reply category = api.get("/shop/atelier-ines/c/woody");
        assertThat(category.body(), containsString("<a href=\"/shop/atelier-ines/c/smoky-woods\">Smoky Woods</a>"));
        assertThat(category.body(), containsString("Cedar &lt;script&gt;"));
        assertThat(category.body(), not(containsString("Fig Leaf")));
        String evening = created(api.postJson("/api/v1/merchants/" + shop + "/collections", "{\"name\": \"Evening\"}",
                "Authorization", ines)).path("id").asText();
        Shops.patch(api, products + "/" + fig, "{\"collections\": [\"" + evening + "\"]}", ines, null);
        assertThat(api.get("/shop/atelier-ines/").body(), containsString("<a href=\"/shop/atelier-ines/collections/evening\">Evening</a>"));
        Http.Reply collection = api.get("/shop/atelier-ines/collections/evening");
        assertThat(collection.body(), containsString("Fig Leaf"));
        assertThat(collection.body(), not(containsString("Cedar")));
        assertEquals(404, api.get("/shop/atelier-ines/collections/nope").status());
        Http.Reply search = api.get("/shop/atelier-ines/search?q=fig");
        assertThat(search.body(), containsString("Fig Leaf"));
        assertThat(search.body(), not(containsString("Cedar")));
        assertThat(api.get("/shop/atelier-ines/search?q=%3Cb%3E").body(), containsString("Nothing matches “&lt;b&gt;”"));

        Http.Reply page = api.get("/shop/atelier-ines/p/cedar-script-alert-1-script");
        assertEquals(200, page.status());
        assertThat(page.body(), containsString("<meta property=\"og:type\" content=\"product\">"));
        assertThat(page.body(), containsString("<strong>dry</strong>"));
        assertThat(page.body(), containsString("&lt;img src=x onerror=alert(2)&gt;"));
        assertThat(page.body(), not(containsString("javascript:alert(3)\"")));
        assertThat(page.body(), containsString("cedar &amp; vetiver"));
        Matcher ld = JSON_LD.matcher(page.body());
        assertEquals(true, ld.find());
        assertThat(ld.group(1), not(containsString("<")));
        JsonNode product = new ObjectMapper().readTree(ld.group(1));
        assertEquals("Product", product.path("@type").asText());
        assertEquals("Cedar <script>alert(1)</script>", product.path("name").asText());
        assertEquals("1190.00", product.path("offers").get(0).path("price").asText());
        assertEquals("https://schema.org/OutOfStock", product.path("offers").get(1).path("availability").asText());

        Http.Reply missing = api.get("/shop/atelier-ines/p/unreleased-draft");
        assertEquals(404, missing.status());
        assertThat(missing.contentType(), startsWith("text/html"));
        assertThat(missing.body(), containsString("This page is not here"));
        assertThat(missing.body(), containsString("href=\"/shop/atelier-ines/\""));
        assertEquals(404, api.get("/shop/no-such-shop/").status());
        assertEquals(400, api.get("/shop/atelier-ines/?cursor=garbage").status());
        assertEquals(301, api.get("/shop/atelier-ines").status());
        Http.Reply css = api.get("/shop/-/storefront.css");
        assertThat(css.contentType(), startsWith("text/css"));
        assertEquals(304, api.get("/shop/-/storefront.css", "If-None-Match", css.header("ETag")).status());
    }

    @Test
    public void whileTheCatalogIsOffItsPagesAreClosedAndNoPathEverShowsTheServersOwnPage() {
        Http api = readyApi();
        awaitShops(api);
        int port = Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1));
        Http.Reply nowhere = api.get("/no-such-page");
        assertEquals(404, nowhere.status());
        assertEquals(ServerPages.PAGE, nowhere.contentType());
        assertThat(nowhere.body(), containsString("This page is not here"));
        ServerPages.assertDropsOwn("an unknown page", nowhere);
        ServerPages.assertRawAnswer(ServerPages.rawExchange(port, "GET /% HTTP/1.1"), 400, ServerPages.PAGE);
        ServerPages.assertRawAnswer(ServerPages.rawExchange(port, "GET /api/v1/%zz HTTP/1.1"), 400, "application/problem+json");

        ModuleSwitch modules = new ModuleSwitch(bundleContext);
        modules.disable("catalog");
        try {
            for (String page : new String[] {"/shop/atelier-ines/", "/admin/", "/media/some/image.jpg"}) {
                Http.Reply closed = api.get(page);
                assertEquals(page, 503, closed.status());
                assertEquals(page, ServerPages.PAGE, closed.contentType());
                assertEquals(page, "300", closed.header("Retry-After"));
                assertThat(closed.body(), containsString("The shop is closed for now"));
                ServerPages.assertDropsOwn(page, closed);
            }
            Problems.assertProblem(api.get("/api/v1/catalog/shops/atelier-ines/products"), 404, "module-disabled");
            assertEquals("a page no module declares stays not found", 404, api.get("/no-such-page").status());
        } finally {
            modules.enable("catalog");
        }
        assertEquals(200, api.get("/admin/").status());
    }
}

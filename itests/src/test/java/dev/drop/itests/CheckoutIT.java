package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static dev.drop.itests.Shops.created;
import static dev.drop.itests.Shops.product;
import static dev.drop.itests.Shops.variant;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.UUID;
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

/**
 * Buying from a shop over real HTTP against PostgreSQL: a payment request priced from the catalog's lines, the storefront's
 * buy form opening one, paying it taking the stock, and a payment the stock cannot cover refunded in full with its reason.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CheckoutIT extends DropTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(),
                editConfigurationFilePut("etc/dev.drop.transactions.payments.cfg", "feeBasisPoints", "100"));
    }

    /** An approved shop taking payments, with one published perfume in two sizes (3 and 1 in stock). */
    private record Perfumery(String id, String slug, String owner, String product) {
        String products() {
            return "/api/v1/merchants/" + id + "/products/" + product;
        }
    }

    private Perfumery perfumery(AuthClient auth) throws Exception {
        String slug = "ambre-" + UUID.randomUUID().toString().substring(0, 6);
        Shops.Owner owner = Shops.openShop(auth, slug + "@example.com", Shops.merchant(slug, "Maison Ambre"));
        Shops.approve(sessions, auth, owner.shop());
        Http api = auth.api();
        Http.Reply profile = api.send("PUT", "/api/v1/merchants/" + owner.shop() + "/payment-profile",
                BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Stockholm\"}"),
                "Authorization", owner.bearer(), "Content-Type", "application/json");
        assertEquals(profile.toString(), 200, profile.status());
        JsonNode product = created(api.postJson("/api/v1/merchants/" + owner.shop() + "/products",
                product("MA-FIG", "Figue Noire", "Maison Ambre", "PUBLISHED", "[]",
                        variant("MA-FIG-50", "50 ml", 89_000, 3) + "," + variant("MA-FIG-100", "100 ml", 129_000, 1)),
                "Authorization", owner.bearer()));
        return new Perfumery(owner.shop(), slug, owner.bearer(), product.path("id").asText());
    }

    private static String lines(String... skuQuantity) {
        StringBuilder json = new StringBuilder("{\"lines\": [");
        for (int i = 0; i < skuQuantity.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append("{\"sku\": \"").append(skuQuantity[i]).append("\", \"quantity\": ")
                    .append(skuQuantity[i + 1]).append('}');
        }
        return json.append("]}").toString();
    }

    private static long stock(Http api, Perfumery shop, String sku) {
        for (JsonNode variant : api.get(shop.products(), "Authorization", shop.owner()).json().path("variants")) {
            if (variant.path("sku").asText().equals(sku)) {
                return variant.path("stock").asLong();
            }
        }
        throw new AssertionError("no variant " + sku);
    }

    @Test
    public void aRequestIsPricedFromTheCatalogAndPayingItTakesTheStock() throws Exception {
        AuthClient auth = new AuthClient(readyApi()).awaitModule();
        Http api = auth.api();
        awaitModules(api, "transactions", "rail-sandbox", "merchants", "catalog");
        Perfumery shop = perfumery(auth);
        String requests = "/api/v1/merchants/" + shop.id() + "/payment-requests";

        Http.Reply priced = api.postJson(requests, lines("MA-FIG-50", "2", "MA-FIG-100", "1"), "Authorization", shop.owner(),
                "Idempotency-Key", "order-1");
        assertEquals(priced.toString(), 201, priced.status());
        JsonNode request = priced.json();
        assertEquals(2 * 89_000 + 129_000, request.path("amount").path("amount").asLong());
        assertEquals("Figue Noire – 50 ml", request.path("lines").get(0).path("name").asText());
        assertEquals(178_000, request.path("lines").get(0).path("total").path("amount").asLong());
        assertEquals(129_000, request.path("lines").get(1).path("unitPrice").path("amount").asLong());
        assertEquals(request.toString(), api.get(requests + "/" + request.path("id").asText(), "Authorization", shop.owner())
                .json().path("lines").toString(), request.path("lines").toString());

        JsonNode unknown = assertProblem(api.postJson(requests, lines("MA-NOPE", "1"), "Authorization", shop.owner(),
                "Idempotency-Key", "order-2"), 422, "unprocessable");
        assertThat(unknown.toString(), containsString("lines[0].sku"));
        JsonNode tooMany = assertProblem(api.postJson(requests, lines("MA-FIG-100", "2"), "Authorization", shop.owner(),
                "Idempotency-Key", "order-3"), 422, "unprocessable");
        assertThat(tooMany.toString(), containsString("only 1 left"));
        assertProblem(api.postJson(requests, "{\"amount\": " + Money.sek(100) + ", \"lines\": [{\"sku\": \"MA-FIG-50\", "
                + "\"quantity\": 1}]}", "Authorization", shop.owner(), "Idempotency-Key", "order-4"), 422, "unprocessable");
        assertProblem(api.postJson(requests, lines("MA-FIG-50", "1", "MA-FIG-50", "1"), "Authorization", shop.owner(),
                "Idempotency-Key", "order-5"), 400, "validation");
        assertProblem(api.postJson(requests, lines("MA-FIG-50", "0"), "Authorization", shop.owner(),
                "Idempotency-Key", "order-6"), 400, "validation");
        assertProblem(api.postJson(requests, "{\"lines\": []}", "Authorization", shop.owner(), "Idempotency-Key", "order-7"),
                400, "validation");
        assertProblem(api.postJson(requests, lines("MA-FIG-50", "\"two\""), "Authorization", shop.owner(),
                "Idempotency-Key", "order-8"), 400, "validation");

        Customer lea = Customer.open(auth, "lea").toppedUp(500_000);
        Http.Reply paid = lea.post("/api/v1/payment-requests/" + request.path("id").asText() + "/pay",
                "{\"walletId\": \"" + lea.wallet + "\"}", "pay-order-1");
        assertEquals(paid.toString(), 201, paid.status());
        waitFor("the sale to take the stock", Duration.ofSeconds(20),
                () -> stock(api, shop, "MA-FIG-50") == 1 && stock(api, shop, "MA-FIG-100") == 0,
                () -> api.get(shop.products(), "Authorization", shop.owner()).body());
        assertEquals(500_000 - 307_000, lea.balance());
        JsonNode payment = api.get("/api/v1/merchants/" + shop.id() + "/payments/" + paid.json().path("id").asText(),
                "Authorization", shop.owner()).json();
        assertEquals("PAID", payment.path("status").asText());
        assertEquals(0, payment.path("refunds").size());
        JsonNode publicView = api.get("/api/v1/catalog/" + shop.slug() + "/products/figue-noire").json();
        assertEquals(false, publicView.path("variants").get(1).path("inStock").asBoolean());
        assertThat(new Console(sessions).run("drop:ledger verify"), containsString("every invariant holds"));
    }

    @Test
    public void aPaymentTheStockCannotCoverIsRefundedInFullWithItsReason() throws Exception {
        AuthClient auth = new AuthClient(readyApi()).awaitModule();
        Http api = auth.api();
        awaitModules(api, "transactions", "rail-sandbox", "merchants", "catalog");
        Perfumery shop = perfumery(auth);
        String requestId = created(api.postJson("/api/v1/merchants/" + shop.id() + "/payment-requests",
                lines("MA-FIG-50", "2"), "Authorization", shop.owner(), "Idempotency-Key", "order-short"))
                .path("id").asText();

        String etag = api.get(shop.products(), "Authorization", shop.owner()).header("ETag");
        Http.Reply sold = Shops.patch(api, shop.products(), "{\"variants\": [" + variant("MA-FIG-50", "50 ml", 89_000, 1) + ","
                + variant("MA-FIG-100", "100 ml", 129_000, 1) + "]}", shop.owner(), etag);
        assertEquals(sold.toString(), 200, sold.status());

        Customer omar = Customer.open(auth, "omar").toppedUp(200_000);
        Http.Reply paid = omar.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \"" + omar.wallet + "\"}",
                "pay-short");
        assertEquals(paid.toString(), 201, paid.status());
        String payment = "/api/v1/merchants/" + shop.id() + "/payments/" + paid.json().path("id").asText();
        waitFor("the automatic refund", Duration.ofSeconds(20),
                () -> api.get(payment, "Authorization", shop.owner()).json().path("status").asText().equals("REFUNDED"),
                () -> api.get(payment, "Authorization", shop.owner()).body());
        JsonNode refunded = api.get(payment, "Authorization", shop.owner()).json();
        JsonNode refund = refunded.path("refunds").get(0);
        assertEquals(refunded.toString(), 1, refunded.path("refunds").size());
        assertEquals(178_000, refund.path("amount").path("amount").asLong());
        assertThat(refund.path("reason").asText(), startsWith("Out of stock: Figue Noire – 50 ml (MA-FIG-50): ordered 2, 1 left"));
        assertEquals("catalog:stock", refund.path("createdBy").asText());
        assertEquals("the customer has every krona back", 200_000, omar.balance());
        assertEquals("the merchant keeps nothing, not even the fee", 0,
                api.get("/api/v1/merchants/" + shop.id() + "/account", "Authorization", shop.owner()).json()
                        .path("balance").path("amount").asLong());
        assertEquals("the stock the sale could not have stays", 1, stock(api, shop, "MA-FIG-50"));
        assertThat(new Console(sessions).run("drop:ledger verify"), containsString("every invariant holds"));
    }

    @Test
    public void theStorefrontsBuyFormOpensOneRequestPerFormAndRefusesOtherSites() throws Exception {
        AuthClient auth = new AuthClient(readyApi()).awaitModule();
        Http api = auth.api();
        awaitModules(api, "transactions", "rail-sandbox", "merchants", "catalog");
        Perfumery shop = perfumery(auth);
        String page = "/shop/" + shop.slug() + "/p/figue-noire";

        Http.Reply product = api.get(page);
        assertEquals(200, product.status());
        assertThat(product.body(), containsString("Buy with Drop"));
        assertThat(product.body(), containsString("action=\"" + page + "/buy\""));
        String cookie = product.header("Set-Cookie");
        assertThat(cookie, containsString("HttpOnly"));
        assertThat(cookie, containsString("SameSite=Strict"));
        String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        String csrf = field(CSRF, product.body());
        String form = field(FORM, product.body());
        assertEquals(token, csrf);
        String body = "csrf=" + csrf + "&form=" + form + "&sku=MA-FIG-50&quantity=2";

        assertEquals(403, buy(api, page, body, null, api.base()).status());
        Http.Reply foreign = buy(api, page, body, "drop_shop_csrf=" + token, "https://evil.example");
        assertEquals(403, foreign.status());
        assertThat(foreign.body(), containsString("another site"));
        assertEquals(403, buy(api, page, body.replace(csrf, (csrf.startsWith("x") ? "y" : "x") + csrf.substring(1)), "drop_shop_csrf=" + token, api.base())
                .status());
        Http.Reply tooMany = buy(api, page, body.replace("quantity=2", "quantity=4"), "drop_shop_csrf=" + token, api.base());
        assertEquals(422, tooMany.status());
        assertThat(tooMany.body(), containsString("Only 3 left."));
        assertEquals(400, buy(api, page, body.replace("quantity=2", "quantity=zwei"), "drop_shop_csrf=" + token, api.base())
                .status());

        Http.Reply opened = buy(api, page, body, "drop_shop_csrf=" + token, api.base());
        assertEquals(opened.body(), 303, opened.status());
        String location = opened.header("Location");
        assertThat(location, startsWith("/pay/"));
        assertEquals("sending the same form twice opens one request", location,
                buy(api, page, body, "drop_shop_csrf=" + token, null).header("Location"));
        String other = buy(api, page, body.replace(form, UUID.randomUUID().toString()), "drop_shop_csrf=" + token, api.base())
                .header("Location");
        assertThat("another rendering of the form is another order", other, not(location));

        Http.Reply payPage = api.get(location);
        assertEquals(200, payPage.status());
        assertThat(payPage.body(), containsString("Figue Noire – 50 ml"));
        assertThat(payPage.body(), containsString("1780.00 SEK"));
        String requestId = location.substring("/pay/".length());
        JsonNode request = api.get("/api/v1/merchants/" + shop.id() + "/payment-requests/" + requestId, "Authorization",
                shop.owner()).json();
        assertEquals(178_000, request.path("amount").path("amount").asLong());
        assertEquals(2, request.path("lines").get(0).path("quantity").asInt());
    }

    private static Http.Reply buy(Http api, String page, String body, String cookie, String origin) {
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Content-Type",
                "application/x-www-form-urlencoded"));
        if (cookie != null) {
            headers.addAll(java.util.List.of("Cookie", cookie));
        }
        if (origin != null) {
            headers.addAll(java.util.List.of("Origin", origin));
        }
        return api.send("POST", page + "/buy", BodyPublishers.ofString(body), headers.toArray(String[]::new));
    }

    private static String field(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(html, matcher.find());
        return matcher.group(1);
    }
}

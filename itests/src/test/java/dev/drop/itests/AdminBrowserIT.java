package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Shops.created;
import static dev.drop.itests.Shops.merchant;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
 * The shop owner's admin in a real browser (Debian's Chromium driven by Playwright, see {@code itests/browser}): sign
 * in, create a product, upload its picture, publish it and find it on the storefront. Leaves screenshots of the
 * admin and the storefront in {@code itests/target/screenshots}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminBrowserIT extends DropTestSupport {

    private static final String SCRIPT = "drop.it.browser.script";
    private static final String SCREENSHOTS = "drop.it.browser.screenshots";

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(), systemProperty(SCRIPT).value(System.getProperty("drop.browser.script")),
                systemProperty(SCREENSHOTS).value(System.getProperty("drop.browser.screenshots")));
    }

    @Test
    public void anOwnerPublishesAnIllustratedProductFromTheAdminAndShoppersSeeIt() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        Shops.Owner owner = Shops.openShop(auth, "noor@example.com", merchant("maison-noor", "Maison Noor"));
        String noor = owner.bearer();
        String shop = owner.shop();
        Shops.approve(sessions, auth, shop);
        stockTheShop(api, shop, noor);

        Path screenshots = Files.createDirectories(Path.of(System.getProperty(SCREENSHOTS)));
        Path picture = Files.write(Files.createTempFile("ambre", ".jpg"), bottle(new Color(196, 142, 62), new Color(120, 70, 28)));
        Path log = screenshots.resolve("admin-flow.log");
        Process browser = new ProcessBuilder("node", System.getProperty(SCRIPT), api.base(),
                "noor@example.com", AuthClient.PASSWORD, "maison-noor", picture.toString(), screenshots.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!browser.waitFor(3, TimeUnit.MINUTES)) {
            browser.destroyForcibly();
        }
        assertEquals(Files.readString(log), 0, browser.exitValue());

        JsonNode ambre = api.get("/api/v1/catalog/maison-noor/products/ambre-dore").json();
        assertEquals("Ambre Doré", ambre.path("name").asText());
        assertEquals(145000, ambre.path("variants").get(0).path("price").path("amount").asLong());
        assertEquals("A bottle of Ambre Doré in warm light", ambre.path("images").get(0).path("alt").asText());
    }

    @Test
    public void aCustomerSignsInAndPaysOnThePublicPaymentPage() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        awaitModules(api, "transactions", "rail-sandbox");
        Shops.Owner owner = Shops.openShop(auth, "lina@example.com", merchant("atelier-lina", "Atelier Lina"));
        Shops.approve(sessions, auth, owner.shop());
        assertEquals(200, api.send("PUT", "/api/v1/merchants/" + owner.shop() + "/payment-profile",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Visby\"}"),
                "Authorization", owner.bearer(), "Content-Type", "application/json").status());
        String request = created(api.postJson("/api/v1/merchants/" + owner.shop() + "/payment-requests",
                "{\"amount\": {\"amount\": 89500, \"currency\": \"SEK\"}, \"reference\": \"Order 77\"}",
                "Authorization", owner.bearer(), "Idempotency-Key", "browser-pay")).path("id").asText();
        Customer mira = Customer.open(auth, "mira").toppedUp(100_000);

        Http.Reply page = api.get("/pay/" + request);
        assertEquals(200, page.status());
        assertThat(page.body(), containsString("Atelier Lina"));
        assertThat(page.body(), containsString("895.00 SEK"));
        assertThat(page.body(), containsString("<svg"));
        assertEquals("OPEN", Customer.json(api.get("/pay/" + request + "/status").bytes()).path("status").asText());
        assertEquals(404, api.get("/pay/" + java.util.UUID.randomUUID()).status());
        assertThat(api.get("/pay/not-an-id").contentType(), containsString("text/html"));

        Path screenshots = Files.createDirectories(Path.of(System.getProperty(SCREENSHOTS)));
        Path log = screenshots.resolve("pay-flow.log");
        Process browser = new ProcessBuilder("node", Path.of(System.getProperty(SCRIPT)).resolveSibling("pay-flow.mjs")
                .toString(), api.base(), request, mira.email, AuthClient.PASSWORD, screenshots.toString(), "lina@example.com",
                "Atelier Lina")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!browser.waitFor(3, TimeUnit.MINUTES)) {
            browser.destroyForcibly();
        }
        assertEquals(Files.readString(log), 0, browser.exitValue());
        assertEquals("paid, and 100.00 refunded from the admin", 100_000 - 89_500 + 10_000, mira.balance());
        assertEquals("PAID", Customer.json(api.get("/pay/" + request + "/status").bytes()).path("status").asText());
    }

    @Test
    public void aShopperBuysFromTheStorefrontAndTheStockGoesDown() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        awaitModules(api, "transactions", "rail-sandbox", "catalog");
        Shops.Owner owner = Shops.openShop(auth, "elin@example.com", merchant("maison-elin", "Maison Elin"));
        Shops.approve(sessions, auth, owner.shop());
        assertEquals(200, api.send("PUT", "/api/v1/merchants/" + owner.shop() + "/payment-profile",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Lund\"}"),
                "Authorization", owner.bearer(), "Content-Type", "application/json").status());
        String product = created(api.postJson("/api/v1/merchants/" + owner.shop() + "/products",
                Shops.product("ME-FIG", "Figue Noire", "Maison Elin", "PUBLISHED", "[]",
                        Shops.variant("ME-FIG-50", "50 ml", 89_000, 5) + "," + Shops.variant("ME-FIG-100", "100 ml", 129_000, 2)),
                "Authorization", owner.bearer())).path("id").asText();
        Customer noa = Customer.open(auth, "noa").toppedUp(300_000);

        Path screenshots = Files.createDirectories(Path.of(System.getProperty(SCREENSHOTS)));
        Path log = screenshots.resolve("checkout-flow.log");
        Process browser = new ProcessBuilder("node", Path.of(System.getProperty(SCRIPT)).resolveSibling("checkout-flow.mjs")
                .toString(), api.base(), "/shop/maison-elin/p/figue-noire", noa.email, AuthClient.PASSWORD,
                screenshots.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!browser.waitFor(3, TimeUnit.MINUTES)) {
            browser.destroyForcibly();
        }
        assertEquals(Files.readString(log), 0, browser.exitValue());
        assertEquals(300_000 - 258_000, noa.balance());
        JsonNode variants = api.get("/api/v1/merchants/" + owner.shop() + "/products/" + product, "Authorization",
                owner.bearer()).json().path("variants");
        assertEquals(variants.toString(), 5, variants.get(0).path("stock").asInt());
        assertEquals(variants.toString(), 0, variants.get(1).path("stock").asInt());
    }

    /** A few illustrated products, so that the storefront the screenshots show looks like a shop. */
    private static void stockTheShop(Http api, String shop, String owner) throws IOException {
        List<Map.Entry<String, Color[]>> scents = List.of(
                Map.entry("Rose Noire", new Color[] {new Color(122, 36, 58), new Color(48, 14, 24)}),
                Map.entry("Iris Poudré", new Color[] {new Color(170, 160, 196), new Color(88, 78, 120)}),
                Map.entry("Vétiver Fumé", new Color[] {new Color(96, 112, 74), new Color(36, 44, 28)}),
                Map.entry("Fleur d'Oranger", new Color[] {new Color(236, 196, 140), new Color(170, 110, 60)}),
                Map.entry("Oud Ambré", new Color[] {new Color(92, 58, 40), new Color(30, 18, 12)}));
        int i = 0;
        for (Map.Entry<String, Color[]> scent : scents) {
            i++;
            JsonNode product = created(api.postJson("/api/v1/merchants/" + shop + "/products", "{\"sku\": \"MN-" + i
                    + "\", \"name\": \"" + scent.getKey() + "\", \"brand\": \"Maison Noor\", \"status\": \"PUBLISHED\", "
                    + "\"variants\": [" + Shops.variant("MN-" + i + "-50", "50 ml", 95000L + i * 12000L, i % 4) + "]}",
                    "Authorization", owner));
            created(api.postFile("/api/v1/merchants/" + shop + "/products/" + product.path("id").asText() + "/images",
                    "bottle.jpg", "image/jpeg", bottle(scent.getValue()[0], scent.getValue()[1]),
                    Map.of("alt", "A bottle of " + scent.getKey()), "Authorization", owner));
        }
    }

    /** A perfume bottle on a soft gradient, 1200 × 1500. */
    private static byte[] bottle(Color light, Color dark) throws IOException {
        int width = 1200;
        int height = 1500;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(246, 240, 232), 0, height, new Color(226, 214, 200)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, 520, light, 0, 1260, dark));
        g.fill(new RoundRectangle2D.Double(330, 520, 540, 740, 120, 120));
        g.setPaint(new Color(40, 34, 30));
        g.fill(new RoundRectangle2D.Double(500, 360, 200, 180, 30, 30));
        g.setPaint(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(390, 600, 70, 560, 40, 40));
        g.setPaint(new Color(250, 246, 240));
        g.fill(new RoundRectangle2D.Double(450, 860, 300, 150, 10, 10));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}

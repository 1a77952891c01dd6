package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Requests and bodies the catalog tests build shops from: merchants, their approval, products and variants. */
final class Shops {

    static final String IBAN = "SE45 5000 0000 0583 9825 7466";

    private Shops() {
    }

    /** A signed-in owner and the id of the shop they registered. */
    record Owner(String bearer, String shop) {
    }

    /** Registers and signs in a user who registers a shop from the given registration; the shop is PENDING. */
    static Owner openShop(AuthClient auth, String email, String registration) {
        auth.register(email);
        String bearer = bearer(auth.login(email));
        String shop = created(auth.api().postJson("/api/v1/merchants", registration, "Authorization", bearer)).path("id").asText();
        return new Owner(bearer, shop);
    }

    /** Approves the merchant as a compliance officer created for it. */
    static void approve(SessionFactory sessions, AuthClient auth, String merchant) throws Exception {
        String email = "reviewer-" + merchant.substring(0, 8) + "@example.com";
        String id = auth.register(email);
        RoleGrants.grant(sessions, id, "COMPLIANCE");
        Http.Reply approved = auth.api().postJson("/api/v1/admin/merchants/" + merchant + "/approve", "{}", "Authorization",
                bearer(auth.login(email)));
        assertEquals(approved.body(), 200, approved.status());
    }

    static JsonNode created(Http.Reply reply) {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json();
    }

    static Http.Reply patch(Http api, String path, String json, String bearer, String ifMatch) {
        return ifMatch == null
                ? api.send("PATCH", path, BodyPublishers.ofString(json), "Authorization", bearer, "Content-Type", "application/json")
                : api.send("PATCH", path, BodyPublishers.ofString(json), "Authorization", bearer, "Content-Type",
                        "application/json", "If-Match", ifMatch);
    }

    static String merchant(String slug) {
        return merchant(slug, "Shop");
    }

    static String merchant(String slug, String displayName) {
        return "{\"slug\": \"" + slug + "\", \"displayName\": \"" + displayName + "\", \"legalName\": \"" + displayName
                + " AB\", \"country\": \"SE\", \"currency\": \"SEK\", \"organisationNumber\": \"556677-8899\", "
                + "\"payoutIban\": \"" + IBAN + "\"}";
    }

    static String product(String sku, String name, String brand, String status, String categories, String variants) {
        return "{\"sku\": \"" + sku + "\", \"name\": \"" + name + "\", \"brand\": \"" + brand + "\", \"status\": \"" + status
                + "\", \"description\": \"A scent.\", \"attributes\": {\"concentration\": \"EdP\"}, \"categories\": "
                + categories + ", \"variants\": [" + variants + "]}";
    }

    static String variant(String sku, String name, long amount, int stock) {
        return "{\"sku\": \"" + sku + "\", \"name\": \"" + name + "\", \"price\": {\"amount\": " + amount
                + ", \"currency\": \"SEK\"}, \"stock\": " + stock + "}";
    }
}

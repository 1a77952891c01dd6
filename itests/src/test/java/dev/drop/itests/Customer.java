package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** A signed-in customer with a SEK wallet, over the real API. */
final class Customer {

    final Http api;
    final String email;
    final String userId;
    final String bearer;
    final String wallet;

    private Customer(Http api, String email, String userId, String bearer, String wallet) {
        this.api = api;
        this.email = email;
        this.userId = userId;
        this.bearer = bearer;
        this.wallet = wallet;
    }

    /** Registers, signs in and opens a SEK wallet. */
    static Customer open(AuthClient auth, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = auth.register(email);
        String bearer = bearer(auth.login(email));
        Http.Reply wallet = auth.api().postJson("/api/v1/wallets", "{\"currency\": \"SEK\"}", "Authorization", bearer);
        assertEquals(wallet.toString(), 201, wallet.status());
        return new Customer(auth.api(), email, id, bearer, wallet.json().path("id").asText());
    }

    /** This customer signed in anew, for a fresh access token. */
    Customer signedInAgain(AuthClient auth) {
        return new Customer(auth.api(), email, userId, bearer(auth.login(email)), wallet);
    }

    static JsonNode json(byte[] body) {
        return new Http.Reply(200, null, body).json();
    }

    /** Tops the wallet up through the sandbox bank, which settles at once for most amounts. */
    Customer toppedUp(long amount) {
        Http.Reply reply = topUp(amount, UUID.randomUUID().toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertEquals(reply.toString(), "SETTLED", reply.json().path("status").asText());
        return this;
    }

    Http.Reply topUp(long amount, String key) {
        return post("/api/v1/wallets/" + wallet + "/top-ups", Money.topUp(amount), key);
    }

    Http.Reply payout(long amount, String key) {
        return post("/api/v1/wallets/" + wallet + "/payouts", Money.payout(amount), key);
    }

    Http.Reply send(Customer to, long amount, String key) {
        return post("/api/v1/transfers", Money.toEmail(wallet, to.email, amount), key);
    }

    Http.Reply post(String path, String body, String key) {
        return key == null ? api.postJson(path, body, "Authorization", bearer)
                : api.postJson(path, body, "Authorization", bearer, "Idempotency-Key", key);
    }

    Http.Reply get(String path) {
        return api.get(path, "Authorization", bearer);
    }

    JsonNode walletView() {
        Http.Reply reply = get("/api/v1/wallets/" + wallet);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    long balance() {
        return walletView().path("balance").path("amount").asLong();
    }

    long available() {
        return walletView().path("available").path("amount").asLong();
    }
}

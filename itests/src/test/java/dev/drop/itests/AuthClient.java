package dev.drop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** Registers and signs in users over the real API, as a mobile app would. */
final class AuthClient {

    /** A password that passes the policy. */
    static final String PASSWORD = "saffron lantern 1942 quietly";

    private final Http api;

    AuthClient(Http api) {
        this.api = api;
    }

    Http api() {
        return api;
    }

    /** Waits until the auth module, installed by the platform after boot, is active: all its routes served. */
    AuthClient awaitModule() {
        DropTestSupport.awaitModules(api, "auth");
        return this;
    }

    String register(String email) {
        Http.Reply reply = api.postJson("/api/v1/auth/register", json(email, PASSWORD));
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("id").asText();
    }

    JsonNode login(String email) {
        return login(email, PASSWORD);
    }

    JsonNode login(String email, String password) {
        Http.Reply reply = api.postJson("/api/v1/auth/login", json(email, password));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    Http.Reply tryLogin(String email, String password) {
        return api.postJson("/api/v1/auth/login", json(email, password));
    }

    static String bearer(JsonNode tokens) {
        return "Bearer " + tokens.path("access_token").asText();
    }

    static String json(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }
}

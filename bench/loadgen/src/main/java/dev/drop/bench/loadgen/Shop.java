package dev.drop.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The merchant side of the payments benchmark. {@code merchant}: registers an owner, their shop and a reviewer, and
 * prints the reviewer's user id (the script grants the role at the console). {@code requests}: approves the shop, sets
 * up payments, registers a webhook endpoint and creates payment requests, a line each ({@code Q <id> <payload>}).
 */
final class Shop {

    private static final String PASSWORD = "saffron lantern 1942 quietly";

    private final Api api;

    Shop(Api api) {
        this.api = api;
    }

    /** Writes {@code O <owner token> <shop>} and {@code V <reviewer email>} to the file; returns the reviewer's id. */
    String merchant(Path file) throws Exception {
        String owner = signUp("owner-" + UUID.randomUUID() + "@bench.example.com");
        String shop = api.post("v1/merchants", "{\"slug\": \"bench-" + UUID.randomUUID().toString().substring(0, 8)
                + "\", \"displayName\": \"Bench Boutique\", \"legalName\": \"Bench Boutique AB\", \"country\": \"SE\", "
                + "\"currency\": \"SEK\", \"organisationNumber\": \"556677-8899\", \"payoutIban\": "
                + "\"SE45 5000 0000 0583 9825 7466\"}", owner, 201).path("id").asText();
        String reviewerEmail = "reviewer-" + UUID.randomUUID() + "@bench.example.com";
        String credentials = "{\"email\":\"" + reviewerEmail + "\",\"password\":\"" + PASSWORD + "\"}";
        String reviewer = api.post("v1/auth/register", credentials, null, 201).path("id").asText();
        Files.writeString(file, "O " + owner + " " + shop + "\nV " + reviewerEmail + "\n");
        return reviewer;
    }

    void requests(Path merchantFile, int count, String webhookUrl, Path out) throws Exception {
        List<String> lines = Files.readAllLines(merchantFile);
        String[] owner = lines.get(0).split(" ");
        String reviewerEmail = lines.get(1).split(" ")[1];
        String reviewer = api.post("v1/auth/login", "{\"email\":\"" + reviewerEmail + "\",\"password\":\"" + PASSWORD + "\"}",
                null, 200).path("access_token").asText();
        api.post("v1/admin/merchants/" + owner[2] + "/approve", "{}", reviewer, 200);
        api.put("v1/merchants/" + owner[2] + "/payment-profile", "{\"categoryCode\": \"5977\", \"city\": \"Stockholm\"}",
                owner[1], 200);
        if (!webhookUrl.equals("none")) {
            api.post("v1/merchants/" + owner[2] + "/webhooks", "{\"url\": \"" + webhookUrl
                    + "\", \"events\": [\"payment.paid\"]}", owner[1], 201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            created.add(pool.submit(() -> {
                JsonNode request = api.post("v1/merchants/" + owner[2] + "/payment-requests", "{\"amount\": {\"amount\": 100, "
                        + "\"currency\": \"SEK\"}, \"reference\": \"B" + n + "\", \"expiresInSeconds\": 86400}", owner[1], 201);
                return "Q " + request.path("id").asText() + " " + request.path("qr").path("payload").asText();
            }));
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Future<String> line : created) {
                writer.println(line.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String signUp(String email) throws Exception {
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        api.post("v1/auth/register", credentials, null, 201);
        return api.post("v1/auth/login", credentials, null, 200).path("access_token").asText();
    }
}

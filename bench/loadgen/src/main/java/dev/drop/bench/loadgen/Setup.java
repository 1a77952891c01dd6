package dev.drop.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Registers the benchmark's customers over the API and opens their wallets; senders get 1,000,000.00 SEK. */
final class Setup {

    private static final String PASSWORD = "saffron lantern 1942 quietly";

    private final Api api;

    Setup(Api api) {
        this.api = api;
    }

    void run(int senders, int recipients, Path file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            int n = i;
            lines.add(pool.submit(() -> {
                String[] customer = customer("sender" + n);
                for (int top = 0; top < 10; top++) {
                    api.post("v1/wallets/" + customer[1] + "/top-ups", "{\"amount\":{\"amount\":10000000,\"currency\":\"SEK\"}}",
                            customer[0], 201);
                }
                return "S " + customer[0] + " " + customer[1];
            }));
        }
        for (int i = 0; i < recipients; i++) {
            int n = i;
            lines.add(pool.submit(() -> "R " + customer("recipient" + n)[1]));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Future<String> line : lines) {
                out.println(line.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Registers and signs in a customer with a SEK wallet: {token, wallet}. */
    private String[] customer(String name) throws Exception {
        String credentials = "{\"email\":\"" + name + "@bench.example.com\",\"password\":\"" + PASSWORD + "\"}";
        api.post("v1/auth/register", credentials, null, 201);
        String token = api.post("v1/auth/login", credentials, null, 200).path("access_token").asText();
        JsonNode wallet = api.post("v1/wallets", "{\"currency\":\"SEK\"}", token, 201);
        return new String[] {token, wallet.path("id").asText()};
    }
}

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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cards for the benchmark: {@code operator} registers the card network's operator (its id printed, for the console to
 * grant the role); {@code cards} then signs the operator in and issues and reveals one card per sender of the setup,
 * writing {@code O <token>} and a line {@code C <pan> <month> <year> <cvv>} per card.
 */
final class CardHolders {

    static final String OPERATOR = "network-operator@bench.example.com";
    private static final String PASSWORD = "saffron lantern 1942 quietly";

    private final Api api;
    private final List<String[]> cards;
    private final String operatorToken;

    private CardHolders(Api api, List<String[]> cards, String operatorToken) {
        this.api = api;
        this.cards = cards;
        this.operatorToken = operatorToken;
    }

    static String registerOperator(Api api) throws Exception {
        return api.post("v1/auth/register", credentials(OPERATOR), null, 201).path("id").asText();
    }

    static void issue(Api api, Path customers, Path file) throws Exception {
        String operator = api.post("v1/auth/login", credentials(OPERATOR), null, 200).path("access_token").asText();
        List<String> senders = Files.readAllLines(customers).stream().filter(line -> line.startsWith("S ")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        for (int i = 0; i < senders.size(); i++) {
            String[] sender = senders.get(i).split(" ");
            int n = i;
            lines.add(pool.submit(() -> {
                JsonNode card = api.post("v1/cards", "{\"walletId\":\"" + sender[2] + "\"}", sender[1], 201);
                // Setup names its senders in the order it writes them
                JsonNode secret = api.post("v1/cards/" + card.path("id").asText() + "/reveal",
                        "{\"password\":\"" + PASSWORD + "\"}", sender[1], 200);
                return "C " + secret.path("pan").asText() + " " + secret.path("expMonth").asInt() + " "
                        + secret.path("expYear").asInt() + " " + secret.path("cvv").asText() + " sender" + n;
            }));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("O " + operator);
            for (Future<String> line : lines) {
                out.println(line.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static CardHolders read(Api api, Path file) throws Exception {
        List<String[]> cards = new ArrayList<>();
        String token = null;
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split(" ");
            if (parts[0].equals("O")) {
                token = parts[1];
            } else {
                cards.add(parts);
            }
        }
        return new CardHolders(api, cards, token);
    }

    String operatorToken() {
        return operatorToken;
    }

    /** An authorization of 1.00 SEK by one of the cards, at a grocery in Sweden. */
    String anyAuthorization() {
        String[] card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
        return "{\"pan\":\"" + card[1] + "\",\"expMonth\":" + card[2] + ",\"expYear\":" + card[3] + ",\"cvv\":\"" + card[4]
                + "\",\"amount\":{\"amount\":100,\"currency\":\"SEK\"},\"merchant\":{\"name\":\"Bench Grocer\","
                + "\"mcc\":\"5411\",\"country\":\"SE\"},\"channel\":\"CHIP\"}";
    }

    private static String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }
}

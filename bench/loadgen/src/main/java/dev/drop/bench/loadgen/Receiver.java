package dev.drop.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * A merchant's webhook receiver for the benchmark: answers every delivery 204 at once and records how long after the
 * event was written (its {@code timestamp}, taken in the paying transaction) it arrived. {@code GET /stats} prints
 * the deliveries since the last look, their rate and latency, and starts counting anew.
 */
final class Receiver {

    private final Recorder latency = new Recorder(3);
    private volatile long first;
    private volatile long last;

    void run(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", this::deliver);
        server.createContext("/stats", this::stats);
        server.start();
        System.out.println("receiving on http://127.0.0.1:" + port + "/hook");
    }

    private void deliver(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        JsonNode body = Api.JSON.readTree(exchange.getRequestBody().readAllBytes());
        Instant written = Instant.parse(body.path("timestamp").asText());
        latency.recordValue(Math.max(0, Duration.between(written, arrived).toNanos() / 1000));
        long at = System.nanoTime();
        if (first == 0) {
            first = at;
        }
        last = at;
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private synchronized void stats(HttpExchange exchange) throws IOException {
        Histogram seen = latency.getIntervalHistogram();
        double seconds = first == 0 ? 0 : (last - first) / 1e9;
        String text = String.format("deliveries %d  rate %.0f/s  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                seen.getTotalCount(), seconds > 0 ? seen.getTotalCount() / seconds : 0.0,
                seen.getValueAtPercentile(50) / 1000.0, seen.getValueAtPercentile(90) / 1000.0,
                seen.getValueAtPercentile(99) / 1000.0, seen.getMaxValue() / 1000.0);
        first = 0;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sleepForever() throws InterruptedException {
        TimeUnit.DAYS.sleep(365);
    }
}

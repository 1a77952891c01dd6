package dev.drop.bench.baseline.internal;

/** The payload, the same bytes as the probe's. */
public record Greeting(String message) {
}

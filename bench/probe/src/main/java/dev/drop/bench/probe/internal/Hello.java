package dev.drop.bench.probe.internal;

import java.nio.charset.StandardCharsets;

/** The payload both routes answer. */
public record Hello(String message) {

    static final Hello WORLD = new Hello("hello, world");

    /** Exactly what Jackson writes for {@link #WORLD}. */
    static final byte[] WORLD_JSON = "{\"message\":\"hello, world\"}".getBytes(StandardCharsets.UTF_8);
}

package dev.drop.platform.health;

import java.util.Objects;

/** The outcome of one {@link HealthCheck}: up or down, with a short human-readable detail. */
public record HealthResult(Status status, String detail) {

    public enum Status { UP, DOWN }

    public HealthResult {
        Objects.requireNonNull(status, "status");
    }

    public static HealthResult up(String detail) {
        return new HealthResult(Status.UP, detail);
    }

    public static HealthResult down(String detail) {
        return new HealthResult(Status.DOWN, detail);
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}

package dev.drop.platform.db;

/**
 * What an idempotent request answers: a status, a {@code Location} (or null) and a body the API writes as JSON.
 */
public record Reply(int status, String location, Object body) {

    public Reply {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("a reply is a success; failures are problems: " + status);
        }
    }

    public static Reply created(String location, Object body) {
        return new Reply(201, location, body);
    }

    public static Reply ok(Object body) {
        return new Reply(200, null, body);
    }
}

package dev.drop.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The kept response of an idempotent request. A resource returns it as its entity; the REST layer sends exactly these
 * bytes with this status, content type and location.
 *
 * @param replayed whether this is a kept response sent again rather than the answer of this attempt
 */
public record StoredResponse(int status, String contentType, String location, byte[] body, boolean replayed) {

    public StoredResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

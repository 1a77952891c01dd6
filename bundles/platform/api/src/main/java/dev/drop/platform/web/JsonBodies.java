package dev.drop.platform.web;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The API's JSON: the bytes a resource returning a value would send, with the API's settings (ISO-8601 times, no
 * nulls, problem extensions as members). For answers that must be kept and sent again exactly, such as the responses
 * of idempotent requests.
 */
@ProviderType
public interface JsonBodies {

    /** The value as the API writes it in a response body, UTF-8. */
    byte[] write(Object value);
}

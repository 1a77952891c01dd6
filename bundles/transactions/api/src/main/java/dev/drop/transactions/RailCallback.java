package dev.drop.transactions;

import java.util.List;
import java.util.Map;

/**
 * A callback as it arrived over HTTP.
 *
 * @param headers request headers by lower-case name
 * @param body    the body exactly as received (signatures cover these bytes)
 */
public record RailCallback(Map<String, List<String>> headers, byte[] body) {

    public RailCallback {
        headers = Map.copyOf(headers);
    }
}

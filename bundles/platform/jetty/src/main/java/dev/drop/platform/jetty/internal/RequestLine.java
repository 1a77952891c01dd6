package dev.drop.platform.jetty.internal;

import java.nio.ByteBuffer;

/** What can be read of an HTTP request line the server would not parse: enough to tell an API call from a page. */
final class RequestLine {

    private static final int LONGEST_LINE = 8192;

    private RequestLine() {
    }

    /** The request target of the line at the start of the buffer's storage, whatever its position; null if none. */
    static String target(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer bytes = buffer.duplicate();
        bytes.clear();
        StringBuilder line = new StringBuilder();
        while (bytes.hasRemaining() && line.length() < LONGEST_LINE) {
            int b = bytes.get() & 0xff;
            if (b == '\r' || b == '\n' || b < 0x20 || b > 0x7e) {
                break;
            }
            line.append((char) b);
        }
        String[] parts = line.toString().split(" ");
        return parts.length >= 2 ? parts[1] : null;
    }

    /** The path of a request target in origin form ({@code /a?b}) or absolute form ({@code http://host/a}). */
    static String pathOf(String target) {
        if (target == null) {
            return null;
        }
        String path = target.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}

package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** What no answer may look like: the web server's own error page. And requests an HTTP client library refuses to send. */
final class ServerPages {

    static final String PAGE = "text/html;charset=utf-8";

    private ServerPages() {
    }

    /** Asserts the answer is Drop's: problem JSON or a UTF-8 page, never Jetty's page in ISO-8859-1. */
    static void assertDropsOwn(String what, int status, String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        assertThat(what, type, not(containsString("iso-8859-1")));
        for (String jetty : new String[] {"HTTP ERROR", "Bad Message", "Powered by Jetty", "SERVLET:"}) {
            assertThat(what + " " + status + ": " + body, body, not(containsString(jetty)));
        }
        if (status >= 400) {
            assertThat(what + " " + status + " is problem JSON or a page: " + contentType,
                    "application/problem+json".equals(type) || PAGE.equals(type));
        }
    }

    static void assertDropsOwn(String what, Http.Reply reply) {
        assertDropsOwn(what, reply.status(), reply.contentType(), reply.body());
    }

    /** Sends one request line as is (e.g. with a malformed URI) and returns the whole answer. */
    static String rawExchange(int port, String requestLine) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a raw answer's status and content type. */
    static void assertRawAnswer(String answer, int status, String contentType) {
        assertEquals(answer, "HTTP/1.1 " + status, answer.substring(0, Math.min(answer.length(), 12)));
        assertThat(answer, answer.toLowerCase(), containsString("content-type: " + contentType.toLowerCase()));
        int body = answer.indexOf("\r\n\r\n");
        assertDropsOwn(answer.substring(0, Math.max(body, 0)), status, contentType, answer.substring(body + 4));
    }
}

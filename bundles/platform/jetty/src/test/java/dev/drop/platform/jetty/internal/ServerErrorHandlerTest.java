package dev.drop.platform.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real Jetty with no context at all, as at the first moment of boot, and the requests its parser refuses. */
class ServerErrorHandlerTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setErrorHandler(new ServerErrorHandler());
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void beforeAnythingIsServedEveryPathIsStartingNotMissing() throws IOException {
        String api = exchange("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 503").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Retry-After: 5").contains("\"status\":503").doesNotContain("Powered by", "<h1>");

        String page = exchange("GET /shop/perfume HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 503").containsIgnoringCase("Content-Type: text/html;charset=utf-8")
                .contains("Opening in a moment").doesNotContain("Powered by", "HTTP ERROR");
    }

    @Test
    void aUriTheParserRefusesIsAProblemForTheApiAndAPageElsewhere() throws IOException {
        String api = exchange("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"type\":\"https://drop.dev/problems/bad-request\"").doesNotContain("Bad Message");

        String page = exchange("GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html;charset=utf-8")
                .contains("That request did not work").doesNotContain("Bad Message", "iso-8859-1");
    }

    @Test
    void headersTooLargeAreAnsweredInTheSameWords() throws IOException {
        String huge = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n";
        assertThat(exchange(huge)).startsWith("HTTP/1.1 431").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("Request headers too large");
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

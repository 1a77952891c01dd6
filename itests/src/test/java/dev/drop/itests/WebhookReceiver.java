package dev.drop.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * A merchant's webhook receiver: a real HTTP server on 127.0.0.1 that keeps every delivery, can be told to fail the
 * next few, and verifies signatures the way the Standard Webhooks specification tells receivers to (its own HMAC code,
 * not the platform's).
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as it arrived. */
    record Delivery(String id, String timestamp, String signature, String body, Instant receivedAt) {

        /** Whether any signature in the header is this delivery's under {@code secret}, and the timestamp is recent. */
        boolean verifies(String secret) {
            long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
            if (age > 300) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                        .getBytes(StandardCharsets.UTF_8)));
                for (String candidate : signature.split(" ")) {
                    if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                            candidate.getBytes(StandardCharsets.US_ASCII))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Server server = new Server();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final ServerConnector connector;

    WebhookReceiver() throws Exception {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                base.setHandled(true);
                String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    response.setStatus(500);
                    return;
                }
                received.add(new Delivery(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                        request.getHeader("webhook-signature"), body, Instant.now()));
                response.setStatus(204);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/hooks/drop";
    }

    /** Answers 500 to the next {@code count} deliveries. */
    void failNext(int count) {
        failNext.set(count);
    }

    List<Delivery> received() {
        return new ArrayList<>(received);
    }

    /** The deliveries matching, once there are at least {@code count} of them. */
    List<Delivery> await(int count, Duration timeout, Predicate<Delivery> matching) {
        DropTestSupport.waitFor(count + " webhook deliveries", timeout,
                () -> received.stream().filter(matching).count() >= count, () -> received.toString());
        return received.stream().filter(matching).toList();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}

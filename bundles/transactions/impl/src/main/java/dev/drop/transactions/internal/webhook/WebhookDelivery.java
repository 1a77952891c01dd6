package dev.drop.transactions.internal.webhook;

import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.WebhookAttemptRow;
import dev.drop.transactions.internal.persistence.WebhookEndpointRow;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import dev.drop.transactions.internal.persistence.WebhookMessageRow;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * One attempt at one message: signed as Standard Webhooks says, posted with Jetty's HTTP client (no redirects
 * followed, connections only to addresses the guard permits, timeouts on connecting and on the whole exchange), and
 * its outcome recorded: delivered on a 2xx, else retried after the schedule's pause or given up; an endpoint failing
 * for longer than the settings allow is disabled.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final int MAX_ERROR = 500;

    private final Transactions transactions;
    private final boolean postgres;
    private final WebhookSettings settings;
    private final HttpClient client;
    private final RecentEndpoints endpoints;

    WebhookDelivery(Transactions transactions, boolean postgres, WebhookSettings settings) throws Exception {
        this.transactions = transactions;
        this.postgres = postgres;
        this.settings = settings;
        this.endpoints = new RecentEndpoints(transactions);
        this.client = new HttpClient(new SslContextFactory.Client());
        client.setFollowRedirects(false);
        client.setConnectTimeout(settings.connectTimeout().toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Drop-Webhooks/1.0"));
        client.setSocketAddressResolver((host, port, promise) -> {
            try {
                promise.succeeded(settings.guard().resolve(host).stream()
                        .map(address -> new InetSocketAddress(address, port)).toList());
            } catch (Exception refused) {
                promise.failed(refused);
            }
        });
        client.start();
    }

    void deliver(WebhookMessageRow message) {
        Optional<WebhookEndpointRow> endpoint = endpoints.find(message.endpointId());
        if (endpoint.isEmpty() || !EndpointStatus.ACTIVE.name().equals(endpoint.get().status())) {
            record(message, null, null, 0, "the endpoint is " + endpoint.map(e -> e.status().toLowerCase()).orElse("gone"));
            return;
        }
        Instant started = Instant.now();
        Integer status = null;
        String error = null;
        try {
            long timestamp = started.getEpochSecond();
            String webhookId = "msg_" + message.id();
            ContentResponse response = client.newRequest(endpoint.get().url())
                    .method(HttpMethod.POST)
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(endpoint.get().secret(), webhookId, timestamp,
                            message.body()))
                    .content(new StringContentProvider("application/json", message.body(), StandardCharsets.UTF_8))
                    .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .send();
            status = response.getStatus();
            if (status < 200 || status > 299) {
                error = "answered " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (TimeoutException e) {
            error = "no answer within " + settings.requestTimeout().toMillis() + " ms";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        int duration = (int) Math.min(Integer.MAX_VALUE, Duration.between(started, Instant.now()).toMillis());
        record(message, endpoint.get(), status, duration, error);
    }

    private void record(WebhookMessageRow message, WebhookEndpointRow endpoint, Integer status, int duration, String error) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int attempts = message.attempts() + 1;
        transactions.run(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            if (postgres) {
                // lost in a crash, the attempt is made again (its lease runs out): receivers de-duplicate by webhook-id
                mapper.commitWithoutWaiting();
            }
            mapper.insertAttempt(new WebhookAttemptRow(UUID.randomUUID(), message.id(), now, status, duration,
                    error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR))));
            if (error == null) {
                mapper.recordOutcome(message.id(), MessageStatus.DELIVERED.name(), attempts, now, now);
                if (endpoint.failingSince() != null) {
                    mapper.clearFailing(endpoint.id());
                }
                return;
            }
            Optional<Duration> pause = endpoint == null ? Optional.empty() : RetrySchedule.after(attempts);
            mapper.recordOutcome(message.id(), pause.isPresent() ? MessageStatus.PENDING.name() : MessageStatus.FAILED.name(),
                    attempts, pause.map(now::plus).orElse(now), null);
            if (endpoint != null) {
                mapper.markFailing(endpoint.id(), now);
                Instant since = endpoint.failingSince();
                if (since != null && !since.plus(settings.disableAfter()).isAfter(now)) {
                    mapper.updateEndpointStatus(endpoint.id(), EndpointStatus.DISABLED.name(), "every delivery failed since "
                            + since + "; last: " + error, now);
                    mapper.failPending(endpoint.id());
                }
            }
        });
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}

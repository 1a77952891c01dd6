package dev.drop.rail.sandbox.internal;

import dev.drop.platform.db.Transactions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bank's callbacks to Drop over HTTP, signed, until Drop answers 2xx: a node takes a batch of due ones
 * (moving them on by a lease so others leave them), sends each, and on failure tries again later with doubling
 * waits, as banks do with webhooks.
 */
@Component(immediate = true, configurationPid = SandboxConfig.PID)
public final class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);
    private static final String PATH = "api/v1/rails/sandbox/callbacks";

    private final Transactions transactions;
    private final BankMessages messages;
    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock = Clock.systemUTC();
    private final Thread worker;
    private volatile boolean running = true;

    @Activate
    public CallbackSender(SandboxConfig config, @Reference BankStore store,
                          @Reference(service = HttpServiceRuntime.class) Map<String, Object> webServer) {
        this.transactions = store.transactions();
        this.messages = new BankMessages(store.secret());
        this.target = config.callbackUrl().isBlank() ? ownApi(webServer) : URI.create(config.callbackUrl().strip());
        this.worker = new Thread(this::run, "drop-sandbox-bank-callbacks");
        worker.setDaemon(true);
        worker.start();
        LOG.info("the sandbox bank sends its callbacks to {}", target);
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(5_000);
    }

    private void run() {
        while (running) {
            try {
                List<CallbackRow> due = take();
                due.forEach(this::send);
                if (due.isEmpty()) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("the sandbox bank could not read its callbacks; trying again in a second", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private List<CallbackRow> take() {
        return transactions.inTransaction(session -> {
            BankMapper bank = session.getMapper(BankMapper.class);
            Instant now = now();
            List<CallbackRow> due = bank.lockDue(now, 20);
            due.forEach(row -> bank.reschedule(row.id(), now.plus(LEASE), row.attempts(), row.lastError()));
            return due;
        });
    }

    private void send(CallbackRow callback) {
        String failure;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.payload()));
            messages.sign(callback.id(), clock.instant().getEpochSecond(), callback.payload()).forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                transactions.run(session -> session.getMapper(BankMapper.class).delivered(callback.id(), now()));
                return;
            }
            failure = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int attempts = callback.attempts() + 1;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        String error = failure;
        LOG.info("callback {} for {} not taken ({}); attempt {} again in {} ms", callback.id(), callback.reference(), error,
                attempts, wait.toMillis());
        Instant next = now().plus(wait);
        transactions.run(session -> session.getMapper(BankMapper.class).reschedule(callback.id(), next, attempts,
                abbreviate(error)));
    }

    /** This node's own API, from the address the web server serves at (any interface: this machine's loopback). */
    static URI ownApi(Map<String, Object> webServer) {
        Object endpoints = webServer.get("osgi.http.endpoint");
        String endpoint = endpoints instanceof String one ? one
                : endpoints instanceof String[] many && many.length > 0 ? many[0]
                : endpoints instanceof Collection<?> many && !many.isEmpty() ? String.valueOf(many.iterator().next())
                : null;
        if (endpoint == null) {
            throw new IllegalStateException("the web server names no endpoint; set callbackUrl in "
                    + "etc/dev.drop.rail.sandbox.cfg");
        }
        URI base = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        String host = base.getHost() == null || base.getHost().equals("0.0.0.0") || base.getHost().startsWith("[")
                ? "127.0.0.1" : base.getHost();
        return URI.create(base.getScheme() + "://" + host + ":" + base.getPort() + "/").resolve(PATH);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.drop.transactions.internal.webhook;

import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.WebhookAttemptRow;
import dev.drop.transactions.internal.persistence.WebhookEndpointRow;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import dev.drop.transactions.internal.persistence.WebhookMessageRow;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's webhook endpoints: registering (the secret shown once), removing, re-enabling, and their deliveries. */
@Component(service = WebhookEndpoints.class)
public final class WebhookEndpoints {

    /** The events a merchant can hear of. */
    public static final Set<String> EVENT_TYPES = Set.of("payment.paid", "refund.succeeded", "payment-request.cancelled");
    static final int MAX_ENDPOINTS = 10;

    /** What a merchant registers. */
    public record NewEndpoint(String url, List<String> events) {
    }

    /** An endpoint just registered, with the secret its creator sees this once. */
    public record Registered(WebhookEndpointRow endpoint, String secret) {
    }

    /** A message with its attempts, oldest first. */
    public record Delivery(WebhookMessageRow message, List<WebhookAttemptRow> attempts) {
    }

    private final Transactions transactions;
    private final WebhookSettings settings;
    private final AuditLog audit;
    private final WebhookDispatcher dispatcher;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public WebhookEndpoints(@Reference LedgerStore store, @Reference WebhookSettings settings, @Reference AuditLog audit,
                            @Reference WebhookDispatcher dispatcher) {
        this.transactions = store.transactions();
        this.settings = settings;
        this.audit = audit;
        this.dispatcher = dispatcher;
    }

    public Registered register(UUID merchant, NewEndpoint endpoint, String actor) {
        List<FieldError> errors = new ArrayList<>();
        URI url = url(endpoint.url(), errors);
        if (endpoint.events() == null || endpoint.events().isEmpty() || !EVENT_TYPES.containsAll(endpoint.events())) {
            errors.add(new FieldError("events", "some of " + String.join(", ", EVENT_TYPES.stream().sorted().toList())));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The webhook endpoint is not valid.", errors);
        }
        try {
            settings.guard().resolve(url.getHost());
        } catch (UnknownHostException refused) {
            throw ProblemType.UNPROCESSABLE.exception("Webhooks cannot reach " + url.getHost() + ": "
                    + (refused instanceof AddressGuard.RefusedAddressException ? refused.getMessage() : "the name does not resolve")
                    + ".", List.of(new FieldError("url", "must reach a public address")));
        }
        Instant now = now();
        String secret = WebhookSignature.newSecret();
        WebhookEndpointRow row = new WebhookEndpointRow(UUID.randomUUID(), merchant, url.toString(),
                String.join(" ", new LinkedHashSet<>(endpoint.events())), secret, EndpointStatus.ACTIVE.name(), null,
                null, now, actor, now);
        transactions.run(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            if (mapper.countLive(merchant) >= MAX_ENDPOINTS) {
                throw ProblemType.CONFLICT.exception("A merchant has at most " + MAX_ENDPOINTS + " webhook endpoints; "
                        + "delete one first.");
            }
            mapper.insertEndpoint(row);
        });
        audit.record(actor, "merchant.webhook.create", "merchant:" + merchant, "endpoint " + row.id() + " " + row.url()
                + " for " + row.events());
        return new Registered(row, secret);
    }

    public List<WebhookEndpointRow> list(UUID merchant) {
        return transactions.query(db -> db.getMapper(WebhookMapper.class).endpointsOf(merchant));
    }

    /** An endpoint of this merchant that is not deleted; any other is a 404. */
    public WebhookEndpointRow find(UUID merchant, UUID id) {
        return transactions.query(db -> db.getMapper(WebhookMapper.class).endpoint(id))
                .filter(row -> row.merchantId().equals(merchant) && !EndpointStatus.DELETED.name().equals(row.status()))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("The merchant has no webhook endpoint " + id + "."));
    }

    /** Deletes the endpoint; what it had not received yet is given up. Its deliveries stay on record. */
    public void delete(UUID merchant, UUID id, String actor) {
        find(merchant, id);
        transactions.run(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            mapper.updateEndpointStatus(id, EndpointStatus.DELETED.name(), "deleted by " + actor, now());
            mapper.failPending(id);
        });
        audit.record(actor, "merchant.webhook.delete", "merchant:" + merchant, "endpoint " + id);
    }

    /** Turns a disabled endpoint on again (its receiver fixed); new events reach it from now on. */
    public WebhookEndpointRow enable(UUID merchant, UUID id, String actor) {
        find(merchant, id);
        transactions.run(db -> db.getMapper(WebhookMapper.class).updateEndpointStatus(id, EndpointStatus.ACTIVE.name(),
                null, now()));
        audit.record(actor, "merchant.webhook.enable", "merchant:" + merchant, "endpoint " + id);
        return find(merchant, id);
    }

    /** The endpoint's latest messages, newest first, each with its attempts. */
    public List<Delivery> deliveries(UUID merchant, UUID endpoint, int limit) {
        find(merchant, endpoint);
        return transactions.query(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            List<WebhookMessageRow> messages = mapper.messagesOf(endpoint, Math.max(1, Math.min(limit, 100)));
            if (messages.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<WebhookAttemptRow>> attempts = mapper.attemptsOf(messages.stream().map(WebhookMessageRow::id)
                    .toList()).stream().collect(Collectors.groupingBy(WebhookAttemptRow::messageId));
            return messages.stream().map(message -> new Delivery(message, attempts.getOrDefault(message.id(), List.of())))
                    .toList();
        });
    }

    /** Sends a message again now, whatever became of it; an endpoint that is not active is a 409. */
    public Delivery retry(UUID merchant, UUID endpoint, UUID message) {
        WebhookEndpointRow found = find(merchant, endpoint);
        if (!EndpointStatus.ACTIVE.name().equals(found.status())) {
            throw ProblemType.CONFLICT.exception("The endpoint is disabled; enable it first.");
        }
        transactions.run(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            WebhookMessageRow row = mapper.message(message).filter(m -> m.endpointId().equals(endpoint))
                    .orElseThrow(() -> ProblemType.NOT_FOUND.exception("The endpoint has no delivery " + message + "."));
            mapper.recordOutcome(row.id(), MessageStatus.PENDING.name(), row.attempts(), now(), row.deliveredAt());
        });
        dispatcher.wake();
        return deliveries(merchant, endpoint, 100).stream().filter(d -> d.message().id().equals(message)).findFirst()
                .orElseThrow();
    }

    private URI url(String text, List<FieldError> errors) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            errors.add(new FieldError("url", "is required, at most 2000 characters"));
            return null;
        }
        try {
            URI url = new URI(text.strip());
            boolean https = "https".equalsIgnoreCase(url.getScheme());
            boolean http = "http".equalsIgnoreCase(url.getScheme());
            if (!(https || (http && settings.allowHttp())) || url.getHost() == null || url.getRawUserInfo() != null
                    || url.getRawFragment() != null) {
                errors.add(new FieldError("url", settings.allowHttp() ? "an http:// or https:// URL with a host, "
                        + "without user or fragment" : "an https:// URL with a host, without user or fragment"));
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "is not a URL"));
            return null;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.drop.transactions.internal.webhook;

import dev.drop.merchants.DashboardSection;
import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code webhooks} section of a merchant's dashboard: its endpoints, and a notice for each one disabled. */
@Component(service = DashboardSection.class)
public final class WebhooksDashboard implements DashboardSection {

    private final Transactions transactions;

    @Activate
    public WebhooksDashboard(@Reference LedgerStore store) {
        this.transactions = store.transactions();
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Map<String, Object> figures(UUID merchant) {
        var endpoints = transactions.query(db -> db.getMapper(WebhookMapper.class).endpointsOf(merchant));
        List<Map<String, Object>> notices = endpoints.stream()
                .filter(endpoint -> EndpointStatus.DISABLED.name().equals(endpoint.status()))
                .map(endpoint -> {
                    Map<String, Object> notice = new LinkedHashMap<>();
                    notice.put("webhookId", endpoint.id().toString());
                    notice.put("url", endpoint.url());
                    notice.put("message", "Webhook endpoint " + endpoint.url() + " was disabled: "
                            + endpoint.disabledReason() + ". Fix the receiver, then enable it again.");
                    return notice;
                }).toList();
        return Map.of("endpoints", endpoints.size(), "active", endpoints.stream()
                .filter(endpoint -> EndpointStatus.ACTIVE.name().equals(endpoint.status())).count(), "notices", notices);
    }
}

package dev.drop.transactions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.money.Money;
import dev.drop.transactions.internal.persistence.HoldRow;
import dev.drop.transactions.internal.persistence.RequestLineRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The module's domain events: what moved, as ids and money, never account numbers' owners' personal data. Types are
 * {@code noun.pastTense}: {@code transfer.completed}, {@code topup.settled}, {@code payout.returned}, ...
 */
public final class MovementEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MovementEvents() {
    }

    public static DomainEvent transferCompleted(UUID transfer, UUID from, UUID to, Money amount) {
        return event("transfer.completed", "transfer", transfer, Map.of("transferId", transfer, "fromWalletId", from,
                "toWalletId", to, "amount", money(amount)));
    }

    public static DomainEvent walletOpened(UUID wallet, UUID user, String currency) {
        return event("wallet.opened", "wallet", wallet, Map.of("walletId", wallet, "userId", user, "currency", currency));
    }

    /** {@code topup.settled}, {@code topup.failed}, {@code topup.pending}. */
    public static DomainEvent topUp(String status, UUID topUp, UUID wallet, Money amount, String rail) {
        return event("topup." + status, "topup", topUp, Map.of("topUpId", topUp, "walletId", wallet, "amount", money(amount),
                "rail", rail));
    }

    /** {@code payout.sent}, {@code payout.settled}, {@code payout.failed}, {@code payout.returned}. */
    public static DomainEvent payout(String status, UUID payout, UUID wallet, Money amount, String rail, String reason) {
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("payoutId", payout, "walletId", wallet, "amount",
                money(amount), "rail", rail));
        if (reason != null) {
            payload.put("reason", reason);
        }
        return event("payout." + status, "payout", payout, payload);
    }

    public static DomainEvent holdExpired(HoldRow hold) {
        return event("hold.expired", "transfer", hold.pendingId(), Map.of("pendingId", hold.pendingId(), "accountId",
                hold.debitAccountId(), "released", money(Money.of(hold.remaining(), hold.currency()))));
    }

    /** With the request's catalog lines, {@code [{"sku", "quantity"}]}, when it sold some: the catalog takes their stock. */
    public static DomainEvent paymentPaid(UUID payment, UUID request, UUID merchant, Money amount, Money fee,
                                          String reference, List<RequestLineRow> lines) {
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("paymentId", payment, "requestId", request,
                "merchantId", merchant, "amount", money(amount), "fee", money(fee)));
        if (reference != null) {
            payload.put("reference", reference);
        }
        if (!lines.isEmpty()) {
            payload.put("lines", lines.stream().map(line -> Map.of("sku", line.sku(), "quantity", line.quantity())).toList());
        }
        return event("payment.paid", "payment", payment, payload);
    }

    public static DomainEvent refundSucceeded(UUID refund, UUID payment, UUID merchant, Money amount, Money refundedTotal) {
        return event("refund.succeeded", "payment", payment, Map.of("refundId", refund, "paymentId", payment,
                "merchantId", merchant, "amount", money(amount), "refundedTotal", money(refundedTotal)));
    }

    public static DomainEvent paymentRequestCancelled(UUID request, UUID merchant) {
        return event("payment-request.cancelled", "payment-request", request, Map.of("requestId", request,
                "merchantId", merchant));
    }

    /** {@code remittance.created}, {@code .processing}, {@code .completed}, {@code .rejected}, {@code .failed}, ... */
    public static DomainEvent remittance(String status, UUID remittance, UUID wallet, Money source, Money target) {
        return event("remittance." + status, "remittance", remittance, Map.of("remittanceId", remittance, "walletId", wallet,
                "sourceAmount", money(source), "targetAmount", money(target)));
    }

    private static Map<String, Object> money(Money amount) {
        return Map.of("amount", amount.amount(), "currency", amount.currency().getCurrencyCode());
    }

    private static DomainEvent event(String type, String aggregateType, UUID aggregate, Map<String, Object> payload) {
        try {
            return DomainEvents.create("transactions", type, aggregateType, aggregate.toString(), JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ids and amounts are always JSON", e);
        }
    }
}

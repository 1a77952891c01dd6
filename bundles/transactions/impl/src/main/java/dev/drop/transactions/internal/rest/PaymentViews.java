package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.money.Money;
import dev.drop.transactions.internal.payment.CodeResolver;
import dev.drop.transactions.internal.payment.PaymentProfiles;
import dev.drop.transactions.internal.payment.RequestStatus;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.persistence.RequestLineRow;
import dev.drop.transactions.internal.persistence.PaymentRow;
import dev.drop.transactions.internal.persistence.RefundRow;
import dev.drop.transactions.internal.qr.QrImages;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Payment requests, payments and refunds as the API shows them. */
final class PaymentViews {

    private PaymentViews() {
    }

    /** A QR code: its payload, a PNG as a data URI and an SVG document. */
    record Qr(String payload, String png, String svg) {
        static Qr of(String payload) {
            QrImages images = QrImages.of(payload);
            return new Qr(payload, "data:image/png;base64," + Base64.getEncoder().encodeToString(images.png()), images.svg());
        }
    }

    record MerchantRef(UUID id, String displayName) {
        static MerchantRef of(Merchant merchant) {
            return new MerchantRef(merchant.id(), merchant.displayName());
        }
    }

    /** A request as its merchant sees it, with its code and, when it sells catalog lines, those. */
    record RequestView(UUID id, UUID merchantId, String status, Money amount, String reference, List<LineView> lines,
                       Instant expiresAt, Instant createdAt, Qr qr, String payUrl) {
        static RequestView of(PaymentRequestRow row, RequestStatus status, String payUrl) {
            return of(row, List.of(), status, payUrl);
        }

        static RequestView of(PaymentRequestRow row, List<RequestLineRow> lines, RequestStatus status, String payUrl) {
            return new RequestView(row.id(), row.merchantId(), status.name(), Money.of(row.amount(), row.currency()),
                    row.reference(), lines.isEmpty() ? null : lines.stream().map(line -> LineView.of(line, row.currency()))
                    .toList(), row.expiresAt(), row.createdAt(), Qr.of(row.payload()), payUrl);
        }
    }

    /** One thing a request sells, as the catalog priced it. */
    record LineView(String sku, String name, int quantity, Money unitPrice, Money total) {
        static LineView of(RequestLineRow line, String currency) {
            Money unit = Money.of(line.unitPrice(), currency);
            return new LineView(line.sku(), line.name(), line.quantity(), unit, unit.times(line.quantity()));
        }
    }

    record RequestList(List<RequestView> items) {
    }

    /** A request as a payer sees it after scanning its code. */
    record PayableView(UUID id, MerchantRef merchant, String status, Money amount, String reference, Instant expiresAt) {
        static PayableView of(PaymentRequestRow row, RequestStatus status, Merchant merchant) {
            return new PayableView(row.id(), MerchantRef.of(merchant), status.name(), Money.of(row.amount(), row.currency()),
                    row.reference(), row.expiresAt());
        }
    }

    /** What a scanned code is: {@code kind} {@code request} (with the request) or {@code merchant} (a counter code). */
    record Resolved(String kind, PayableView request, MerchantRef merchant, String currency) {
        static Resolved of(CodeResolver.Resolved resolved) {
            if (resolved.request() == null) {
                return new Resolved("merchant", null, MerchantRef.of(resolved.merchant()),
                        resolved.merchant().currency().getCurrencyCode());
            }
            return new Resolved("request", PayableView.of(resolved.request(), resolved.status(), resolved.merchant()),
                    MerchantRef.of(resolved.merchant()), resolved.request().currency());
        }
    }

    /** A payment as the payer sees it. */
    record PayerPayment(UUID id, String status, UUID requestId, UUID merchantId, UUID walletId, Money amount,
                        Money refunded, String reference, Instant paidAt) {
        static PayerPayment of(PaymentRow row) {
            return new PayerPayment(row.id(), row.status(), row.requestId(), row.merchantId(), row.walletId(),
                    Money.of(row.amount(), row.currency()), Money.of(row.refunded(), row.currency()), row.reference(),
                    row.paidAt());
        }
    }

    /** A payment as its merchant sees it: what was paid, the fee, what reached the merchant and what went back. */
    record MerchantPayment(UUID id, String status, UUID requestId, Money amount, Money fee, Money net, Money refunded,
                           String reference, Instant paidAt, List<RefundView> refunds) {
        static MerchantPayment of(PaymentRow row, List<RefundRow> refunds) {
            return new MerchantPayment(row.id(), row.status(), row.requestId(), Money.of(row.amount(), row.currency()),
                    Money.of(row.fee(), row.currency()), Money.of(row.amount() - row.fee(), row.currency()),
                    Money.of(row.refunded(), row.currency()), row.reference(), row.paidAt(),
                    refunds == null ? null : refunds.stream().map(RefundView::of).toList());
        }
    }

    record PaymentList(List<MerchantPayment> items, String nextCursor) {
    }

    record RefundView(UUID id, UUID paymentId, Money amount, String reason, String createdBy, Instant createdAt) {
        static RefundView of(RefundRow row) {
            return new RefundView(row.id(), row.paymentId(), Money.of(row.amount(), row.currency()), row.reason(),
                    row.createdBy(), row.createdAt());
        }
    }

    /** A merchant's payment profile, with its static counter code once set up. */
    record ProfileView(UUID merchantId, String categoryCode, String city, Qr counterCode) {
        static ProfileView of(UUID merchant, PaymentProfiles.Profile profile, String counterCode) {
            return new ProfileView(merchant, profile.categoryCode(), profile.city(), Qr.of(counterCode));
        }
    }
}

package dev.drop.transactions.internal.payment;

import dev.drop.merchants.Merchant;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.qr.PaymentCode;
import dev.drop.transactions.internal.qr.QrPayloadException;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a payer's app scanned: a merchant's payment request (dynamic code) or the merchant itself (static counter
 * code). A dynamic code must be exactly the one Drop issued for the request, so a forged code with another amount or
 * name cannot pass for it.
 */
@Component(service = CodeResolver.class)
public final class CodeResolver {

    static final ProblemType INVALID_CODE = ProblemType.of("invalid-qr-code", "Not a valid Drop payment code", 422);
    static final ProblemType EXPIRED = ProblemType.of("payment-request-expired", "Payment request expired", 410);

    /** A scanned code: either the request it names, or for a static code the merchant, who takes {@code currency}. */
    public record Resolved(PaymentRequestRow request, RequestStatus status, Merchant merchant) {
    }

    private final PaymentRequests requests;
    private final PaymentProfiles profiles;
    private final MerchantAccess merchants;

    @Activate
    public CodeResolver(@Reference PaymentRequests requests, @Reference PaymentProfiles profiles,
                        @Reference MerchantAccess merchants) {
        this.requests = requests;
        this.profiles = profiles;
        this.merchants = merchants;
    }

    public Resolved resolve(String payload) {
        PaymentCode code;
        try {
            code = PaymentCode.parse(payload);
        } catch (QrPayloadException invalid) {
            throw INVALID_CODE.exception("The code cannot be read: " + invalid.getMessage() + ".");
        }
        if (!code.dynamic()) {
            Merchant merchant = payableMerchant(code.target());
            if (!code.currency().equals(merchant.currency())) {
                throw INVALID_CODE.exception("The code names a currency the merchant does not take.");
            }
            return new Resolved(null, null, merchant);
        }
        PaymentRequestRow request = requests.find(code.target());
        if (!request.payload().equals(payload)) {
            throw INVALID_CODE.exception("The code does not match the payment request Drop issued; do not pay it.");
        }
        RequestStatus status = requests.statusOf(request);
        if (status == RequestStatus.EXPIRED) {
            throw EXPIRED.exception("The payment request expired at " + request.expiresAt() + "; ask the merchant for a new code.");
        }
        Merchant merchant = merchants.find(request.merchantId()).orElseThrow(() -> PaymentRequests.notFound(request.id()));
        return new Resolved(request, status, merchant);
    }

    /** A merchant that takes payments now: active and with its payment profile. */
    public Merchant payableMerchant(UUID id) {
        Merchant merchant = merchants.find(id).filter(Merchant::isPublic).orElseThrow(() ->
                ProblemType.NOT_FOUND.exception("There is no merchant " + id + " taking payments."));
        profiles.require(id);
        return merchant;
    }
}

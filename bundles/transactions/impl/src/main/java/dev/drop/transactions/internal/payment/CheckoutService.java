package dev.drop.transactions.internal.payment;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Checkout;
import dev.drop.transactions.CheckoutLine;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Shops' checkout: a payment request for a buyer's lines, opened once per id, paid on its pay page. */
@Component(service = Checkout.class)
public final class CheckoutService implements Checkout {

    private final PaymentRequests requests;
    private final PaymentProfiles profiles;
    private final MerchantAccess merchants;
    private final Transactions transactions;

    @Activate
    public CheckoutService(@Reference PaymentRequests requests, @Reference PaymentProfiles profiles,
                           @Reference MerchantAccess merchants, @Reference LedgerStore store) {
        this.requests = requests;
        this.profiles = profiles;
        this.merchants = merchants;
        this.transactions = store.transactions();
    }

    @Override
    public boolean takesPayments(UUID merchantId) {
        return profiles.find(merchantId).isPresent();
    }

    @Override
    public String open(UUID requestId, UUID merchantId, List<CheckoutLine> lines) {
        Merchant merchant = merchants.find(merchantId).orElseThrow(() -> ProblemType.NOT_FOUND.exception(
                "There is no shop " + merchantId + "."));
        PaymentRequests.NewRequest request = new PaymentRequests.NewRequest(null, null, null, List.copyOf(lines));
        requests.validate(request);
        try {
            transactions.run(session -> {
                if (session.getMapper(PaymentMapper.class).request(requestId).isEmpty()) {
                    requests.create(session, requestId, merchant, request, "checkout:storefront");
                }
            });
        } catch (PersistenceException raced) {
            // the same form sent twice at once: the other submission made the request
            if (transactions.query(db -> db.getMapper(PaymentMapper.class).request(requestId)).isEmpty()) {
                throw raced;
            }
        }
        return "/pay/" + requestId;
    }
}

package dev.drop.transactions;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Selling a shop's products for Drop payments: a storefront opens a payment request for a buyer's lines, priced by the
 * catalog, and sends the buyer to its pay page.
 */
@ProviderType
public interface Checkout {

    /** Whether the merchant has set up payments, so its shop can offer "Buy with Drop". */
    boolean takesPayments(UUID merchantId);

    /**
     * Opens a payment request for the lines under {@code requestId}; a second call with the same id finds the same
     * request. Returns the path of the request's pay page, e.g. {@code /pay/<id>}.
     *
     * @throws dev.drop.platform.problem.ProblemException a 4xx when the merchant cannot take payments or a line cannot be
     *                                                    sold (not on sale, too little stock), a 503 while the catalog
     *                                                    is off
     */
    String open(UUID requestId, UUID merchantId, List<CheckoutLine> lines);
}

package dev.drop.transactions.internal.remit;

import dev.drop.platform.money.Money;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.persistence.QuoteRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ledger transfers of a remittance, each with an id derived from the remittance's, so that doing a step again
 * (a retry, a second node, a callback sent twice) finds what was posted and moves nothing. The source leg: what is
 * converted and the rounding difference go from the wallet to the FX account, the fee to FEES (first held, then
 * posted once screening clears). The target leg: the target amount from the FX account to the rail's clearing account,
 * held until the bank confirms.
 */
final class RemittanceLegs {

    private RemittanceLegs() {
    }

    static List<TransferRequest> holds(UUID id, QuoteRow quote, UUID wallet, UUID fx, UUID fees) {
        List<TransferRequest> holds = new ArrayList<>();
        holds.add(TransferRequest.pending(id, wallet, fx, source(quote, quote.converted()), null, "remittance",
                "Remittance " + id + " converted at " + quote.rate()));
        if (fee(quote) > 0) {
            holds.add(TransferRequest.pending(derived("fee", id), wallet, fees, source(quote, fee(quote)), null, "fee",
                    "fee on remittance " + id));
        }
        if (quote.rounding() > 0) {
            holds.add(TransferRequest.pending(derived("rounding", id), wallet, fx, source(quote, quote.rounding()), null,
                    "fx-rounding", "rounding difference of remittance " + id));
        }
        return holds;
    }

    static List<TransferRequest> postHolds(UUID id, QuoteRow quote) {
        List<TransferRequest> posts = new ArrayList<>();
        posts.add(TransferRequest.post(derived("post", id), id, source(quote, quote.converted()), true, "remittance",
                "Remittance " + id));
        if (fee(quote) > 0) {
            posts.add(TransferRequest.post(derived("post-fee", id), derived("fee", id), source(quote, fee(quote)), true,
                    "fee", "fee on remittance " + id));
        }
        if (quote.rounding() > 0) {
            posts.add(TransferRequest.post(derived("post-rounding", id), derived("rounding", id),
                    source(quote, quote.rounding()), true, "fx-rounding", "rounding difference of remittance " + id));
        }
        return posts;
    }

    static List<TransferRequest> releaseHolds(UUID id, QuoteRow quote) {
        List<TransferRequest> voids = new ArrayList<>();
        voids.add(TransferRequest.voiding(derived("void", id), id, "remittance", "Remittance " + id + " not sent"));
        if (fee(quote) > 0) {
            voids.add(TransferRequest.voiding(derived("void-fee", id), derived("fee", id), "fee", "fee not charged"));
        }
        if (quote.rounding() > 0) {
            voids.add(TransferRequest.voiding(derived("void-rounding", id), derived("rounding", id), "fx-rounding",
                    "rounding not taken"));
        }
        return voids;
    }

    static TransferRequest payoutHold(UUID id, QuoteRow quote, UUID fxTarget, UUID clearing) {
        return TransferRequest.pending(derived("payout", id), fxTarget, clearing, target(quote), null, "remittance-payout",
                "Remittance " + id + " paid out");
    }

    static TransferRequest settlePayout(UUID id, QuoteRow quote) {
        return TransferRequest.post(derived("payout-post", id), derived("payout", id), target(quote), true,
                "remittance-payout", "Remittance " + id + " arrived");
    }

    static TransferRequest voidPayout(UUID id) {
        return TransferRequest.voiding(derived("payout-void", id), derived("payout", id), "remittance-payout",
                "Remittance " + id + " refused by the bank");
    }

    /** The target amount back from the rail, after the recipient's bank returned it. */
    static TransferRequest targetBack(UUID id, QuoteRow quote, UUID clearing, UUID fxTarget) {
        return TransferRequest.posted(derived("payout-back", id), clearing, fxTarget, target(quote), "remittance-return",
                "Remittance " + id + " returned by the recipient's bank");
    }

    /** Everything the sender paid, back to the wallet. */
    static List<TransferRequest> returnSource(UUID id, QuoteRow quote, UUID wallet, UUID fx, UUID fees) {
        List<TransferRequest> back = new ArrayList<>();
        back.add(TransferRequest.posted(derived("return", id), fx, wallet, source(quote, quote.converted() + quote.rounding()),
                "remittance-return", "Remittance " + id + " returned"));
        if (fee(quote) > 0) {
            back.add(TransferRequest.posted(derived("return-fee", id), fees, wallet, source(quote, fee(quote)),
                    "remittance-return", "fee on remittance " + id + " returned"));
        }
        return back;
    }

    private static long fee(QuoteRow quote) {
        return quote.feeFixed() + quote.feeVariable();
    }

    private static Money source(QuoteRow quote, long amount) {
        return Money.of(amount, quote.sourceCurrency());
    }

    private static Money target(QuoteRow quote) {
        return Money.of(quote.targetAmount(), quote.targetCurrency());
    }

    static UUID derived(String step, UUID remittance) {
        return UUID.nameUUIDFromBytes(("remittance-" + step + ":" + remittance).getBytes(StandardCharsets.UTF_8));
    }
}

package dev.drop.transactions.internal.rest;

import dev.drop.platform.money.Money;
import dev.drop.transactions.Account;
import dev.drop.transactions.Entry;
import dev.drop.transactions.internal.persistence.PayoutRow;
import dev.drop.transactions.internal.persistence.TopUpRow;
import dev.drop.transactions.internal.wallet.PeerTransfers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API answers. Amounts are Money: {@code {"amount": 12900, "currency": "SEK"}}. */
final class Views {

    private Views() {
    }

    record WalletView(UUID id, String currency, Money balance, Money available, Money pending, Money incoming,
                      String status, Instant createdAt) {
        static WalletView of(Account account) {
            return new WalletView(account.id(), account.currency().getCurrencyCode(), account.balance(), account.available(),
                    account.pending(), account.incoming(), account.status().name(), account.createdAt());
        }
    }

    record WalletList(List<WalletView> items) {
    }

    /** A merchant's settlement account as its staff see it. */
    record MerchantAccountView(UUID merchantId, UUID accountId, String currency, Money balance, Money available,
                               Money pending, Money incoming, String status) {
        static MerchantAccountView of(UUID merchant, Account account) {
            return new MerchantAccountView(merchant, account.id(), account.currency().getCurrencyCode(), account.balance(),
                    account.available(), account.pending(), account.incoming(), account.status().name());
        }
    }

    record TransferView(UUID id, String status, UUID fromWallet, UUID toWallet, Money amount, String message,
                        Instant createdAt) {
        static TransferView of(PeerTransfers.Sent sent) {
            return new TransferView(sent.transfer().id(), "COMPLETED", sent.fromWallet(), sent.toWallet(),
                    sent.transfer().amount(), sent.message(), sent.transfer().createdAt());
        }
    }

    record TopUpView(UUID id, UUID walletId, String status, Money amount, String rail, String redirectUrl,
                     String failureReason, Instant createdAt, Instant updatedAt) {
        static TopUpView of(TopUpRow row) {
            return new TopUpView(row.id(), row.walletId(), row.status(), Money.of(row.amount(), row.currency()), row.rail(),
                    row.redirectUrl(), row.failureReason(), row.createdAt(), row.updatedAt());
        }
    }

    record PayoutView(UUID id, UUID walletId, String status, Money amount, String iban, String name, String rail,
                      String reason, Instant createdAt, Instant updatedAt) {
        static PayoutView of(PayoutRow row) {
            return new PayoutView(row.id(), row.walletId(), row.status(), Money.of(row.amount(), row.currency()),
                    masked(row.iban()), row.beneficiary(), row.rail(), row.failureReason(), row.createdAt(), row.updatedAt());
        }
    }

    /**
     * A statement line: what moved ({@code amount}: in positive, out negative), what a hold set aside or gave back
     * ({@code reserved}), what is on its way in ({@code incoming}), with whom, and the balances right after.
     */
    record Line(UUID transferId, Instant at, String type, String kind, String description, String counterparty,
                Money amount, Money reserved, Money incoming, Money balanceAfter, Money availableAfter) {
        static Line of(Entry entry, String counterparty) {
            Money none = Money.zero(entry.change().currency());
            return new Line(entry.transferId(), entry.at(), entry.code(), entry.kind().name(), entry.description(),
                    counterparty, entry.change(), entry.debit() ? entry.pendingChange() : none,
                    entry.debit() ? none : entry.pendingChange(), entry.balanceAfter(), entry.availableAfter());
        }
    }

    record Statement(List<Line> items, String nextCursor) {
    }

    record Verification(boolean holds, String problem, List<String> checks, long accounts, long transfers) {
    }

    record CallbackOutcome(int applied, int replayed) {
    }

    /** An IBAN shown with its country and last four characters only. */
    static String masked(String iban) {
        return iban.length() <= 8 ? iban : iban.substring(0, 4) + " **** " + iban.substring(iban.length() - 4);
    }
}

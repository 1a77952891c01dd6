package dev.drop.transactions.internal.ledger;

import dev.drop.platform.money.Money;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Entry;
import dev.drop.transactions.Owner;
import dev.drop.transactions.OwnerType;
import dev.drop.transactions.Transfer;
import dev.drop.transactions.TransferKind;
import dev.drop.transactions.internal.persistence.AccountRow;
import dev.drop.transactions.internal.persistence.StatementRow;
import dev.drop.transactions.internal.persistence.TransferRow;
import java.util.Currency;

/** The ledger's rows as the API's records. */
final class Rows {

    private Rows() {
    }

    static Account account(AccountRow row) {
        return new Account(row.id(), AccountKind.valueOf(row.kind()), new Owner(OwnerType.valueOf(row.ownerType()), row.ownerId()),
                Currency.getInstance(row.currency()), AccountStatus.valueOf(row.status()), row.debitsPending(),
                row.debitsPosted(), row.creditsPending(), row.creditsPosted(), row.createdAt());
    }

    static Transfer transfer(TransferRow row) {
        return new Transfer(row.id(), TransferKind.valueOf(row.kind()), row.debitAccountId(), row.creditAccountId(),
                Money.of(row.amount(), row.currency()), row.released(), row.pendingId(), row.timeoutAt(), row.chainId(),
                row.code(), row.description(), row.createdAt());
    }

    static Entry entry(StatementRow row) {
        return new Entry(row.seq(), row.accountId(), row.transferId(), TransferKind.valueOf(row.kind()), row.code(),
                row.description(), row.debit(), row.counterpartyId(), Money.of(row.postedChange(), row.currency()),
                Money.of(row.pendingChange(), row.currency()), Money.of(row.balanceAfter(), row.currency()),
                Money.of(row.availableAfter(), row.currency()), row.createdAt());
    }
}

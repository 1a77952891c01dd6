package dev.drop.transactions.internal.ledger;

import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferKind;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a chain must look like before the ledger looks at any account. */
final class TransferRules {

    /** The largest amount of one transfer, in minor units: far above any limit, far below overflowing a balance. */
    static final long MAX_AMOUNT = 1_000_000_000_000_000L;
    static final int MAX_CHAIN = 100;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private TransferRules() {
    }

    static void check(List<TransferRequest> chain) {
        if (chain == null || chain.isEmpty() || chain.size() > MAX_CHAIN) {
            throw new TransferRefusedException(Refusal.INVALID, 0, null, "A chain has 1 to " + MAX_CHAIN + " transfers.");
        }
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            TransferRequest transfer = chain.get(i);
            if (!ids.add(transfer.id())) {
                throw invalid(i, transfer, "the id " + transfer.id() + " is in the chain twice");
            }
            check(i, transfer);
        }
    }

    private static void check(int index, TransferRequest transfer) {
        if (transfer.code().length() > 32 || !CODE.matcher(transfer.code()).matches()) {
            throw invalid(index, transfer, "the code is 1 to 32 lower-case letters and digits, joined by . _ or -");
        }
        if (transfer.description() != null && transfer.description().length() > 200) {
            throw invalid(index, transfer, "the description is at most 200 characters");
        }
        switch (transfer.kind()) {
            case POSTED, PENDING -> {
                if (transfer.debitAccountId() == null || transfer.creditAccountId() == null) {
                    throw invalid(index, transfer, "it needs a debit and a credit account");
                }
                if (transfer.debitAccountId().equals(transfer.creditAccountId())) {
                    throw invalid(index, transfer, "it debits and credits the same account");
                }
                if (transfer.pendingId() != null) {
                    throw invalid(index, transfer, "only a post or void names a pending transfer");
                }
                amount(index, transfer, false);
                if (transfer.kind() == TransferKind.PENDING && transfer.timeout() != null
                        && (transfer.timeout().isNegative() || transfer.timeout().isZero())) {
                    throw invalid(index, transfer, "a hold's timeout is positive, or none");
                }
            }
            case POST -> {
                pending(index, transfer);
                amount(index, transfer, transfer.last());
            }
            case VOID -> {
                pending(index, transfer);
                if (transfer.amount() != null) {
                    amount(index, transfer, false);
                }
            }
            default -> throw invalid(index, transfer, "only the ledger expires holds");
        }
    }

    private static void pending(int index, TransferRequest transfer) {
        if (transfer.pendingId() == null) {
            throw invalid(index, transfer, "it must name the pending transfer it acts on");
        }
    }

    private static void amount(int index, TransferRequest transfer, boolean zeroAllowed) {
        if (transfer.amount() == null) {
            throw invalid(index, transfer, "it needs an amount");
        }
        long amount = transfer.amount().amount();
        if (amount < 0 || (amount == 0 && !zeroAllowed) || amount > MAX_AMOUNT) {
            throw invalid(index, transfer, "the amount must be above zero and at most " + MAX_AMOUNT + " minor units");
        }
    }

    static TransferRefusedException invalid(int index, TransferRequest transfer, String why) {
        return new TransferRefusedException(Refusal.INVALID, index, transfer.id(), "Transfer " + transfer.id() + ": " + why + ".");
    }
}

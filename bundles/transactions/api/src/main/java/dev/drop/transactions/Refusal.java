package dev.drop.transactions;

import dev.drop.platform.problem.ProblemType;

/** Why the ledger refused a chain; each reason is a problem type of its own. */
public enum Refusal {
    INSUFFICIENT_FUNDS("insufficient-funds", "Insufficient funds", 422),
    ACCOUNT_NOT_FOUND("unknown-account", "Unknown account", 422),
    ACCOUNT_FROZEN("account-frozen", "Account frozen", 422),
    ACCOUNT_CLOSED("account-closed", "Account closed", 422),
    CURRENCY_MISMATCH("currency-mismatch", "Currency mismatch", 422),
    INVALID("invalid-transfer", "Invalid transfer", 422),
    /** The id was posted before with other content. */
    EXISTS_DIFFERENTLY("transfer-exists", "Transfer exists", 409),
    PENDING_NOT_FOUND("hold-not-found", "Hold not found", 422),
    /** The pending transfer was posted in full, voided or expired already. */
    PENDING_CLOSED("hold-closed", "Hold closed", 409),
    PENDING_EXPIRED("hold-expired", "Hold expired", 409),
    EXCEEDS_PENDING("hold-exceeded", "More than the hold reserves", 422);

    private final ProblemType type;

    Refusal(String slug, String title, int status) {
        this.type = ProblemType.of(slug, title, status);
    }

    public ProblemType type() {
        return type;
    }
}

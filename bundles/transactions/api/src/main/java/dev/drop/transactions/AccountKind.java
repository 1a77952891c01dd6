package dev.drop.transactions;

/** What an account is for; the kind decides whether its balance may go below zero. */
public enum AccountKind {
    /** A customer's money in one currency. Never below zero. */
    WALLET(false),
    /** A merchant's settlement account. Never below zero. */
    MERCHANT(false),
    /** The platform's side of a payment rail: money the bank holds for or owes Drop. Goes below zero by nature. */
    CLEARING(true),
    /** Fees the platform earned. */
    FEES(true),
    /** The platform's position from currency exchange. */
    FX(true),
    /** Money that arrived or left without a known owner, until an operator resolves it. */
    SUSPENSE(true);

    private final boolean mayOverdraw;

    AccountKind(boolean mayOverdraw) {
        this.mayOverdraw = mayOverdraw;
    }

    /** Whether debits may exceed credits (a negative balance). */
    public boolean mayOverdraw() {
        return mayOverdraw;
    }
}

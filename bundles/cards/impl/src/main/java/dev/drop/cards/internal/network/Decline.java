package dev.drop.cards.internal.network;

/** Why an authorization is declined, with its ISO 8583-style response code. */
record Decline(String code, String reason) {

    static final String APPROVED = "00";

    static Decline unknownCard() {
        return new Decline("14", "unknown card");
    }

    static Decline expired(String reason) {
        return new Decline("54", reason);
    }

    static Decline badCvv(String channel) {
        return new Decline("ONLINE".equals(channel) ? "N7" : "82", "the CVV does not match");
    }

    static Decline doNotHonour(String reason) {
        return new Decline("05", reason);
    }

    static Decline notPermitted(String reason) {
        return new Decline("57", reason);
    }

    static Decline overLimit(String reason) {
        return new Decline("61", reason);
    }

    static Decline insufficientFunds() {
        return new Decline("51", "insufficient funds");
    }
}

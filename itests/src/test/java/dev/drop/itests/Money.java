package dev.drop.itests;

/** Request bodies of the money routes, as a mobile app would send them. */
final class Money {

    private Money() {
    }

    static String of(long amount, String currency) {
        return "{\"amount\": " + amount + ", \"currency\": \"" + currency + "\"}";
    }

    static String sek(long amount) {
        return of(amount, "SEK");
    }

    static String topUp(long amount) {
        return "{\"amount\": " + sek(amount) + "}";
    }

    static String payout(long amount) {
        return "{\"amount\": " + sek(amount) + ", \"iban\": \"SE45 5000 0000 0583 9825 7466\", \"name\": \"Ines Berg\"}";
    }

    static String toEmail(String fromWallet, String email, long amount) {
        return "{\"fromWallet\": \"" + fromWallet + "\", \"to\": {\"email\": \"" + email + "\"}, \"amount\": " + sek(amount)
                + ", \"message\": \"thanks\"}";
    }

    static String toWallet(String fromWallet, String wallet, long amount) {
        return "{\"fromWallet\": \"" + fromWallet + "\", \"to\": {\"walletId\": \"" + wallet + "\"}, \"amount\": "
                + sek(amount) + "}";
    }
}

package dev.drop.transactions.internal.payment;

/** How much of a payment may still be refunded, and what it is once refunds are taken from it. */
final class RefundArithmetic {

    private RefundArithmetic() {
    }

    static long refundable(long paid, long refunded) {
        if (paid <= 0 || refunded < 0 || refunded > paid) {
            throw new IllegalArgumentException("refunded " + refunded + " of " + paid);
        }
        return paid - refunded;
    }

    static PaymentStatus statusAfter(long paid, long refunded) {
        refundable(paid, refunded);
        return refunded == 0 ? PaymentStatus.PAID : refunded == paid ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }
}

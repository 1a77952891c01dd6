package dev.drop.catalog;

/**
 * The catalog takes stock for each paid {@code payment.paid} event that carries {@code lines}. When it cannot, it
 * writes a {@link #SHORTFALL} event (aggregate {@code payment}) whose payload has {@code paymentId}, {@code merchantId}
 * and {@code reason}, a sentence for the merchant and the buyer; the payment's module refunds it.
 */
public final class StockEvents {

    public static final String SHORTFALL = "stock.shortfall";

    private StockEvents() {
    }
}

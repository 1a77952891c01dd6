package dev.drop.transactions;

/** So many of one catalog variant, named by its SKU, in a checkout. */
public record CheckoutLine(String sku, int quantity) {
}

package dev.drop.catalog;

import dev.drop.platform.money.Money;


/** An order line as the catalog prices it: the variant's SKU, the product and variant names, the price of one. */
public record PricedLine(String sku, String name, int quantity, Money unitPrice) {

    public Money total() {
        return unitPrice.times(quantity);
    }
}

package dev.drop.catalog;

/** So many of one variant, named by its SKU, as a buyer orders it. */
public record OrderLine(String sku, int quantity) {
}

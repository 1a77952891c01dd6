package dev.drop.catalog;

/** Where a product is in its life; only PUBLISHED products of ACTIVE merchants are public. */
public enum ProductStatus {
    /** Being prepared; only the merchant's staff see it. */
    DRAFT,
    /** On sale. */
    PUBLISHED,
    /** No longer sold; kept for the records, hidden from the public. */
    ARCHIVED
}

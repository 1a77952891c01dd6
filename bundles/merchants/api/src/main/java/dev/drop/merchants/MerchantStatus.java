package dev.drop.merchants;

/** Where a merchant is in its life: registered and waiting for review, trading, or stopped by the platform. */
public enum MerchantStatus {
    /** Registered; staff can prepare the shop, nothing of it is public yet. */
    PENDING,
    /** Approved by an administrator or compliance officer; its published catalog is public. */
    ACTIVE,
    /** Stopped by the platform; nothing of it is public, its staff keep read access. */
    SUSPENDED
}

package dev.drop.transactions;

/** Who an account belongs to; accounts refer to their owners by id only. */
public enum OwnerType {
    /** A user of the auth module. */
    USER,
    /** A merchant of the merchants module. */
    MERCHANT,
    /** Drop itself: clearing, fees, FX and suspense accounts, owned by a rail's name or {@code platform}. */
    PLATFORM
}

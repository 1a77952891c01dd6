package dev.drop.merchants;

/** What a member of a merchant's staff may do there; each role includes the ones after it. */
public enum MerchantRole {
    /** Everything, including staff, API keys and payout details. */
    OWNER,
    /** The catalog and the shop's settings. */
    MANAGER,
    /** Reading only. */
    VIEWER;

    /** Whether this role includes what {@code needed} allows. */
    public boolean includes(MerchantRole needed) {
        return ordinal() <= needed.ordinal();
    }
}

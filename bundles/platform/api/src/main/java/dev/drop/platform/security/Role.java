package dev.drop.platform.security;

/** The platform-wide roles a caller can hold. */
public enum Role {
    /** A person with a wallet; every registered user. */
    CUSTOMER,
    /** Owner or staff of at least one merchant. */
    MERCHANT,
    /** Manages users and merchants. */
    ADMIN,
    /** Reviews AML alerts, complaints and data-subject requests. */
    COMPLIANCE,
    /** Runs the platform: modules, flags, health. */
    OPERATOR
}

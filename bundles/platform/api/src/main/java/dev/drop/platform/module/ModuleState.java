package dev.drop.platform.module;

/** Where a module stands. */
public enum ModuleState {
    /** Enabled, installed, and every component of its bundles is up: its routes are served. */
    ACTIVE,
    /** Enabled and installed, but some components are still waiting for what they need. */
    STARTING,
    /** Enabled, but it could not be installed or its components failed; the detail says why. */
    FAILED,
    /** Switched off by an operator: not installed, its data kept. */
    DISABLED
}

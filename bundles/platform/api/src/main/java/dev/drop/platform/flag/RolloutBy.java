package dev.drop.platform.flag;

/** Whose id a percentage rollout is sticky to. */
public enum RolloutBy {
    USER,
    MERCHANT
}

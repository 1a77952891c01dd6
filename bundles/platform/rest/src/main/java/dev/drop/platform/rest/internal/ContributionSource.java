package dev.drop.platform.rest.internal;

/** Where the host finds the resources and extensions modules publish, and hears that they changed. */
interface ContributionSource {

    /** Starts following contributions; {@code onChange} runs after every change. */
    void open(Runnable onChange);

    void close();

    /** The contributions present now. */
    Contributions snapshot();
}

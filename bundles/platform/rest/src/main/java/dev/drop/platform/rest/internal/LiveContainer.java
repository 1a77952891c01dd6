package dev.drop.platform.rest.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One initialised Jersey application and the requests inside it. Once retired it takes no new requests; it is
 * destroyed when the last one has left.
 */
final class LiveContainer {

    private final JerseyAdapter jersey;
    private final long generation;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean retired;

    LiveContainer(JerseyAdapter jersey, long generation) {
        this.jersey = jersey;
        this.generation = generation;
    }

    /** Counts a request in, unless the container was retired meanwhile (then the caller takes the newer one). */
    boolean tryEnter() {
        inFlight.incrementAndGet();
        if (retired) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    void retire() {
        retired = true;
    }

    /** True once retired with no request inside; a request that slipped in has seen the flag and backed out. */
    boolean isDrained() {
        return retired && inFlight.get() == 0;
    }

    JerseyAdapter jersey() {
        return jersey;
    }

    long generation() {
        return generation;
    }
}

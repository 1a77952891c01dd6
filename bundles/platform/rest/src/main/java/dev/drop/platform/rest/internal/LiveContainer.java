package dev.drop.platform.rest.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One generation of the API, its Jersey applications initialised, and the requests inside it. Once retired it takes no new requests; it is
 * destroyed when the last one has left.
 */
final class LiveContainer {

    private final ApiApplications applications;
    private final long generation;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean retired;

    LiveContainer(ApiApplications applications, long generation) {
        this.applications = applications;
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

    ApiApplications applications() {
        return applications;
    }

    long generation() {
        return generation;
    }
}

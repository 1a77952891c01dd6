package dev.drop.platform.core.internal.module;

/** Whether a module's components are up: ready, still waiting for something, or failed. */
record Readiness(Kind kind, String detail) {

    enum Kind { READY, WAITING, FAILED }

    static final Readiness READY = new Readiness(Kind.READY, "");

    static Readiness waiting(String detail) {
        return new Readiness(Kind.WAITING, detail);
    }

    static Readiness failed(String detail) {
        return new Readiness(Kind.FAILED, detail);
    }
}

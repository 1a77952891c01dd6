package dev.drop.itests;

import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.EventSubscriber;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A subscriber that remembers what it handled, and can be told to fail for some events a number of times. */
final class EventRecorder implements EventSubscriber {

    private final String id;
    private final Set<String> types;
    private final List<DomainEvent> handled = new CopyOnWriteArrayList<>();
    private final List<DomainEvent> attempts = new CopyOnWriteArrayList<>();
    private volatile Predicate<DomainEvent> failing = event -> false;
    private volatile int failuresLeft;

    EventRecorder(String id, Set<String> types) {
        this.id = id;
        this.types = types;
    }

    void failFor(Predicate<DomainEvent> which, int times) {
        failuresLeft = times;
        failing = which;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> eventTypes() {
        return types;
    }

    @Override
    public void handle(DomainEvent event) {
        attempts.add(event);
        if (failing.test(event) && failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("told to fail");
        }
        handled.add(event);
    }

    long timesHandled(DomainEvent event) {
        return handled.stream().filter(e -> e.id().equals(event.id())).count();
    }

    long timesAttempted(DomainEvent event) {
        return attempts.stream().filter(e -> e.id().equals(event.id())).count();
    }

    List<DomainEvent> handled() {
        return handled;
    }
}

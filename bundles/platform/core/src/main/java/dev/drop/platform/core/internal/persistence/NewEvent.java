package dev.drop.platform.core.internal.persistence;

import dev.drop.platform.event.DomainEvent;

/** An event to insert; MyBatis writes the generated sequence number back into it. */
public final class NewEvent {

    private final DomainEvent event;
    private Long seq;

    public NewEvent(DomainEvent event) {
        this.event = event;
    }

    public DomainEvent getEvent() {
        return event;
    }

    public Long getSeq() {
        return seq;
    }

    public void setSeq(Long seq) {
        this.seq = seq;
    }
}

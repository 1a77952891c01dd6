package dev.drop.platform.db;

import dev.drop.platform.event.DomainEvent;
import org.apache.ibatis.session.SqlSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The transactional outbox: events appended in a module's transaction are stored with its changes and delivered to
 * {@link dev.drop.platform.event.EventSubscriber}s after commit. A rolled-back transaction delivers nothing; a
 * committed one is delivered even if the process dies right after the commit.
 */
@ProviderType
public interface EventOutbox {

    /** Stores {@code event} in the transaction of {@code session} (one of {@link Transactions}). */
    void append(SqlSession session, DomainEvent event);
}

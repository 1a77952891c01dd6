package dev.drop.platform.db;

import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.annotation.versioning.ConsumerType;

/** The effect of an idempotent request, run in the transaction that also records its key. */
@FunctionalInterface
@ConsumerType
public interface IdempotentWork {

    /**
     * Performs the effect and says what to answer.
     *
     * @param requestId the same for every attempt of this request (retries after a crash included) and new for every
     *                  other request: an id for what the request creates, or a reference for an outside party that
     *                  must not act twice
     */
    Reply perform(SqlSession session, UUID requestId);
}

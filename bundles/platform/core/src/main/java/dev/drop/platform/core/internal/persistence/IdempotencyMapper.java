package dev.drop.platform.core.internal.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of the idempotency keys; see IdempotencyMapper.xml. */
public interface IdempotencyMapper {

    /** Fails with a unique violation when the key exists. */
    void insert(IdempotencyRow row);

    Optional<IdempotencyRow> lock(@Param("scope") String scope, @Param("key") String key);

    /** Starts the key anew: another attempt of its request, or after it expired, a new request. */
    int restart(IdempotencyRow row);

    /** Keeps the response, if the key is still held with {@code token}. */
    int complete(@Param("scope") String scope, @Param("key") String key, @Param("token") UUID token,
                 @Param("status") int status, @Param("contentType") String contentType,
                 @Param("location") String location, @Param("body") String body);

    /** Lets the next attempt run at once, keeping the request's id. */
    int release(@Param("scope") String scope, @Param("key") String key, @Param("token") UUID token,
                @Param("now") Instant now);

    int deleteExpired(@Param("now") Instant now);
}

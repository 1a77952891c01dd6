package dev.drop.auth.internal.persistence;

import java.util.Optional;

/** SQL of {@code auth.login_throttle}; see ThrottleMapper.xml. */
public interface ThrottleMapper {

    Optional<ThrottleRow> find(String throttleKey);

    /** The row, locked until the transaction ends, so concurrent failures all count. */
    Optional<ThrottleRow> lock(String throttleKey);

    int update(ThrottleRow row);

    void insert(ThrottleRow row);

    void delete(String throttleKey);
}

package dev.drop.platform.core.internal.persistence;

import java.util.List;
import java.util.Optional;

/** SQL of {@code platform.flag} and {@code platform.flag_allow}; see FlagMapper.xml. */
public interface FlagMapper {

    List<FlagRow> flags();

    List<FlagAllowRow> allows();

    List<FlagAllowRow> allowsOf(String flag);

    /** The flag's row, locked until the transaction ends, so concurrent changes apply one after the other. */
    Optional<FlagRow> lock(String name);

    int update(FlagRow row);

    void insert(FlagRow row);

    void deleteAllows(String flag);

    void insertAllow(FlagAllowRow row);

    int delete(String name);
}

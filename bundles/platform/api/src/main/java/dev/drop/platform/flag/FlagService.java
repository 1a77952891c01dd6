package dev.drop.platform.flag;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Evaluates feature flags, fast enough for every request, and changes them. Every change is audited with who,
 * when, the old and new rules, and the reason. Flags live in the database, so every node answers alike.
 */
@ProviderType
public interface FlagService {

    /** Whether {@code flag} is on for {@code subject}. An unknown flag is off. */
    boolean isEnabled(String flag, FlagSubject subject);

    List<Flag> list();

    Optional<Flag> find(String name);

    /** Creates or replaces the flag's rules. */
    Flag save(Flag flag, String actor, String reason);

    /** Removes the flag: it is off for everyone. */
    void clear(String name, String actor, String reason);
}

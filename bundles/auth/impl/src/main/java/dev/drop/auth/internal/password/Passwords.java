package dev.drop.auth.internal.password;

import dev.drop.auth.internal.AuthConfig;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Password rules and hashing for the module, configured once. */
@Component(service = Passwords.class, configurationPid = AuthConfig.PID)
public final class Passwords {

    private static final long MAX_WAIT_MILLIS = 10_000;

    private final Argon2idHasher hasher;
    private final PasswordPolicy policy;
    private final String decoy;

    @Activate
    public Passwords(AuthConfig config) {
        int concurrency = config.hashingConcurrency() > 0 ? config.hashingConcurrency() : Runtime.getRuntime().availableProcessors();
        this.hasher = new Argon2idHasher(new Argon2idHasher.Cost(config.argon2MemoryKib(), config.argon2Iterations(), 1),
                concurrency, MAX_WAIT_MILLIS);
        this.policy = new PasswordPolicy(CommonPasswords.shipped());
        this.decoy = hasher.hash("a password nobody has: it only spends the time a real check would");
    }

    public Optional<String> refusal(String password, String email) {
        return policy.refusal(password, email);
    }

    /** How the password would fare: the refusal registering with it would get, and zxcvbn's estimate. */
    public PasswordCheck check(String password, String email) {
        return policy.check(password, email);
    }

    public String hash(String password) {
        return hasher.hash(PasswordPolicy.normalize(password));
    }

    /** Checks the password against the hash, or against a decoy when there is none, so both take as long. */
    public boolean matches(String password, String hashOrNull) {
        String candidate = password == null ? "" : PasswordPolicy.normalize(password);
        if (hashOrNull == null) {
            hasher.verify(candidate, decoy);
            return false;
        }
        return hasher.verify(candidate, hashOrNull);
    }

    public boolean needsRehash(String hash) {
        return hasher.needsRehash(hash);
    }
}

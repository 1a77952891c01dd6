package dev.drop.auth.internal.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), computed
 * by Bouncy Castle. At most {@code concurrency} hashes run at once, so a burst of sign-ins queues instead of
 * exhausting memory and CPU; a caller that waits too long is told the service is busy.
 */
public final class Argon2idHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /** Cost parameters; OWASP's recommendation for Argon2id is 19 MiB, 2 iterations, 1 lane. */
    public record Cost(int memoryKib, int iterations, int parallelism) {

        public static final Cost OWASP = new Cost(19 * 1024, 2, 1);

        public Cost {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("invalid Argon2 cost " + memoryKib + "/" + iterations + "/" + parallelism);
            }
        }

        String phc() {
            return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    private final Cost cost;
    private final int concurrency;
    private final Semaphore permits;
    private final long maxWaitMillis;
    private final SecureRandom random = new SecureRandom();

    public Argon2idHasher(Cost cost, int concurrency, long maxWaitMillis) {
        this.cost = cost;
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = compute(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$" + cost.phc() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether the password matches the encoded hash; a malformed hash matches nothing. */
    public boolean verify(String password, String encoded) {
        Parsed parsed = Parsed.of(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] actual = compute(password, parsed.salt(), parsed.cost(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** Whether a hash was made with other parameters than today's, so it should be replaced at the next sign-in. */
    public boolean needsRehash(String encoded) {
        Parsed parsed = Parsed.of(encoded);
        return parsed == null || !parsed.cost().equals(cost) || parsed.hash().length != HASH_BYTES;
    }

    /** How many hashes are being computed right now. */
    int running() {
        return concurrency - permits.availablePermits();
    }

    private byte[] compute(String password, byte[] salt, Cost with, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(with.memoryKib())
                .withIterations(with.iterations()).withParallelism(with.parallelism()).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        acquire();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            permits.release();
        }
        return out;
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new HasherBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HasherBusyException();
        }
    }

    private record Parsed(Cost cost, byte[] salt, byte[] hash) {

        static Parsed of(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int memory = 0;
                int iterations = 0;
                int parallelism = 0;
                for (String setting : parts[3].split(",")) {
                    int value = Integer.parseInt(setting.substring(2));
                    switch (setting.substring(0, 2)) {
                        case "m=" -> memory = value;
                        case "t=" -> iterations = value;
                        case "p=" -> parallelism = value;
                        default -> {
                            return null;
                        }
                    }
                }
                return new Parsed(new Cost(memory, iterations, parallelism), B64_DECODER.decode(parts[4]),
                        B64_DECODER.decode(parts[5]));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}

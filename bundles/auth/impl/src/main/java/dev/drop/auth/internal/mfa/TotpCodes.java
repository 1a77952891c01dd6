package dev.drop.auth.internal.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords, computed by java-otp: 30-second steps, accepting the step before and after
 * the current one for clock drift. A code is matched to its time step so the caller can refuse a step used before.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final String algorithm;
    private final int digits;

    public TotpCodes(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
        this.algorithm = algorithm;
        this.digits = digits;
    }

    /** Six digits, HMAC-SHA1: what every authenticator app understands. */
    public static TotpCodes standard() {
        return new TotpCodes(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    public String code(byte[] secret, Instant at) {
        try {
            int value = generator.generateOneTimePassword(new SecretKeySpec(secret, algorithm), at);
            return String.format("%0" + digits + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /** The time step the code belongs to, if it is valid now. */
    public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (code.equals(code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}

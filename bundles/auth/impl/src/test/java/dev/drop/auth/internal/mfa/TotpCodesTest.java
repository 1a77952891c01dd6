package dev.drop.auth.internal.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B: 8 digits, one seed per HMAC. */
class TotpCodesTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(new TotpCodes(8, "HmacSHA1").code(SHA1_SEED, at)).isEqualTo(sha1);
        assertThat(new TotpCodes(8, "HmacSHA256").code(SHA256_SEED, at)).isEqualTo(sha256);
        assertThat(new TotpCodes(8, "HmacSHA512").code(SHA512_SEED, at)).isEqualTo(sha512);
    }

    @Test
    void acceptsTheNeighbouringStepsForClockDriftAndNothingFurther() {
        TotpCodes totp = TotpCodes.standard();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now), now)).hasValue(step);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.minusSeconds(30)), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.plusSeconds(30)), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.minusSeconds(90)), now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
    }

    @Test
    void recoveryCodesAreTenDistinctAndMatchHoweverTyped() {
        var codes = new RecoveryCodes().generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
    }
}

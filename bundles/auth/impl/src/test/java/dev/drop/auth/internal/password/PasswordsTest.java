package dev.drop.auth.internal.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.shipped());
    private final Argon2idHasher hasher = new Argon2idHasher(new Argon2idHasher.Cost(1024, 1, 1), 2, 1000);

    @Test
    void lengthIsTheOnlyShapeRuleAndCountsCharactersNotBytes() {
        assertThat(policy.refusal("elevenchars", "a@example.com")).contains("must be at least 12 characters long");
        assertThat(policy.refusal("k7#Vq9!mZp2w", "a@example.com")).isEmpty();
        assertThat(policy.refusal("ñøé€ßçåäöü§", "a@example.com")).contains("must be at least 12 characters long");
        assertThat(policy.refusal("ñøé€ßçåäöü§¶", "a@example.com")).isEmpty();
        assertThat(policy.refusal(unguessable(128), "a@example.com")).isEmpty();
        assertThat(policy.refusal(unguessable(129), "a@example.com")).contains("must be at most 128 characters long");
        assertThat(policy.refusal("", "a@example.com")).contains("must not be empty");
        assertThat(policy.refusal(null, "a@example.com")).contains("must not be empty");
    }

    @Test
    void commonPasswordsAndTheOwnEmailAreRefusedWhateverTheirCase() {
        assertThat(CommonPasswords.shipped().size()).isGreaterThan(20_000);
        assertThat(policy.refusal("password1234", "a@example.com")).get().asString().contains("commonly used");
        assertThat(policy.refusal("PASSWORD1234", "a@example.com")).get().asString().contains("commonly used");
        assertThat(policy.refusal("Ada@Example.com", "ada@example.com")).contains("must not be your e-mail address");
    }

    @Test
    void passwordsLongEnoughButEasyToGuessAreRefusedWithZxcvbnsAdvice() {
        assertThat(policy.refusal("123456789012", "a@example.com")).get().asString().startsWith("is too easy to guess");
        assertThat(policy.refusal("qwertyuiopas", "a@example.com")).get().asString()
                .isEqualTo("is too easy to guess: This is similar to a commonly used password. Add another word or two."
                        + " Uncommon words are better.");
        assertThat(policy.refusal("aaaaaaaaaaaa", "a@example.com")).get().asString().startsWith("is too easy to guess");
        assertThat(policy.refusal("Password2026!", "a@example.com")).get().asString()
                .contains("is too easy to guess").contains("commonly used password");
        assertThat(policy.refusal("svenssonanna1", "anna.svensson@example.com")).as("the e-mail's words count")
                .get().asString().startsWith("is too easy to guess");
        assertThat(policy.refusal("svenssonanna1", "b@example.com")).isEmpty();
        assertThat(policy.refusal("correct horse battery staple", "a@example.com")).isEmpty();
    }

    @Test
    void strengthGivesTheScoreWarningAndSuggestionsToShowWhileTyping() {
        PasswordStrength weak = policy.strength("qwertyuiopas", "a@example.com");
        assertThat(weak.score()).isLessThan(PasswordPolicy.MIN_SCORE);
        assertThat(weak.acceptable()).isFalse();
        assertThat(weak.warning()).isNotBlank();
        assertThat(weak.suggestions()).isNotEmpty();
        PasswordStrength strong = policy.strength("violet tram under nine oaks", "a@example.com");
        assertThat(strong.score()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_SCORE);
        assertThat(strong.acceptable()).isTrue();
    }

    private static String unguessable(int length) {
        java.util.Random random = new java.util.Random(42);
        StringBuilder password = new StringBuilder();
        while (password.length() < length) {
            password.append((char) ('!' + random.nextInt(94)));
        }
        return password.toString();
    }

    @Test
    void argon2idHashesAreSaltedPhcStringsThatVerifyOnlyTheirPassword() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.verify("correct horse battery", "$2a$10$notargon")).isFalse();
        assertThat(hasher.verify("correct horse battery", null)).isFalse();
    }

    @Test
    void hashesWithOtherParametersAreReHashed() {
        Argon2idHasher stronger = new Argon2idHasher(new Argon2idHasher.Cost(2048, 2, 1), 1, 1000);
        String old = hasher.hash("correct horse battery");
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(stronger.verify("correct horse battery", old)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("correct horse battery"))).isFalse();
    }

    @Test
    void hashingBeyondTheConcurrencyLimitWaitsAndThenGivesUp() throws Exception {
        Argon2idHasher single = new Argon2idHasher(new Argon2idHasher.Cost(64 * 1024, 8, 1), 1, 1);
        Thread busy = new Thread(() -> single.hash("keeps the only slot busy"));
        busy.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (single.running() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(single.running()).isEqualTo(1);
        assertThatThrownBy(() -> single.hash("has to wait")).isInstanceOf(HasherBusyException.class);
        busy.join();
        assertThat(Set.of(single.hash("free again"))).hasSize(1);
    }
}

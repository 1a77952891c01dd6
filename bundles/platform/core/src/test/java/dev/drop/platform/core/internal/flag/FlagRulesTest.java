package dev.drop.platform.core.internal.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.security.Role;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

    private static Flag flag(boolean enabled, int percent, RolloutBy by) {
        return new Flag("cards.virtual", enabled, Set.of("u-allowed"), Set.of("m-allowed"), Set.of(Role.OPERATOR), percent,
                by, null, null);
    }

    private static FlagSubject user(String id) {
        return new FlagSubject(id, null, Set.of(Role.CUSTOMER));
    }

    @Test
    void theKillSwitchWinsOverEveryRule() {
        Flag killed = flag(false, 100, RolloutBy.USER);
        assertThat(FlagRules.isEnabled(killed, user("u-allowed"))).isFalse();
        assertThat(FlagRules.isEnabled(killed, new FlagSubject(null, null, Set.of(Role.OPERATOR)))).isFalse();
    }

    @Test
    void aFlagSwitchedOnWithoutTargetingIsOnForEveryone() {
        Flag untargeted = new Flag("demo.flag", true, Set.of(), Set.of(), Set.of(), null, RolloutBy.USER, null, null);
        assertThat(FlagRules.isEnabled(untargeted, user("u9"))).isTrue();
        assertThat(FlagRules.isEnabled(untargeted, FlagSubject.anonymous())).isTrue();
        assertThat(FlagRules.describe(untargeted)).isEqualTo("on for everyone");
        assertThat(FlagRules.isEnabled(Flag.named("demo.flag"), user("u9"))).as("a new flag starts off").isFalse();
    }

    @Test
    void anAllowlistOrARolloutOnceSetNarrowsIt() {
        Flag onlyAlice = new Flag("demo.flag", true, Set.of("alice"), Set.of(), Set.of(), null, RolloutBy.USER, null, null);
        assertThat(FlagRules.isEnabled(onlyAlice, user("alice"))).isTrue();
        assertThat(FlagRules.isEnabled(onlyAlice, user("u9"))).isFalse();
        assertThat(FlagRules.describe(onlyAlice)).isEqualTo("on, users [alice]");
        Flag noneYet = new Flag("demo.flag", true, Set.of(), Set.of(), Set.of(), 0, RolloutBy.USER, null, null);
        assertThat(FlagRules.isEnabled(noneYet, user("u9"))).as("an explicit 0% rollout").isFalse();
        assertThat(FlagRules.describe(noneYet)).isEqualTo("on, rollout 0% by user");
    }

    @Test
    void allowlistedUsersMerchantsAndRolesGetItWithoutRollout() {
        Flag none = flag(true, 0, RolloutBy.USER);
        assertThat(FlagRules.isEnabled(none, user("u-allowed"))).isTrue();
        assertThat(FlagRules.isEnabled(none, new FlagSubject("someone", "m-allowed", Set.of()))).isTrue();
        assertThat(FlagRules.isEnabled(none, new FlagSubject("someone", null, Set.of(Role.OPERATOR)))).isTrue();
        assertThat(FlagRules.isEnabled(none, user("someone-else"))).isFalse();
        assertThat(FlagRules.isEnabled(none, FlagSubject.anonymous())).isFalse();
    }

    @Test
    void aFullRolloutIsOnForEveryoneEvenAnonymousVisitors() {
        assertThat(FlagRules.isEnabled(flag(true, 100, RolloutBy.USER), FlagSubject.anonymous())).isTrue();
    }

    @Test
    void aPartialRolloutNeedsTheSubjectItSticksTo() {
        Flag byMerchant = flag(true, 99, RolloutBy.MERCHANT);
        assertThat(FlagRules.isEnabled(byMerchant, user("a-user-without-merchant"))).isFalse();
    }

    @Test
    void rolloutIsStickyAndDistributedWithinThreePercent() {
        for (int percent : new int[] {1, 10, 25, 50, 90}) {
            Flag rollout = new Flag("checkout.new-flow", true, Set.of(), Set.of(), Set.of(), percent, RolloutBy.USER, null, null);
            long on = IntStream.range(0, 10_000).mapToObj(i -> "user-" + i)
                    .filter(id -> FlagRules.isEnabled(rollout, user(id))).count();
            assertThat(on / 100.0).as("percent on at %d%%", percent).isBetween(percent - 3.0, percent + 3.0);
        }
        String someone = UUID.randomUUID().toString();
        Flag quarter = new Flag("checkout.new-flow", true, Set.of(), Set.of(), Set.of(), 25, RolloutBy.USER, null, null);
        boolean first = FlagRules.isEnabled(quarter, user(someone));
        for (int i = 0; i < 100; i++) {
            assertThat(FlagRules.isEnabled(quarter, user(someone))).isEqualTo(first);
        }
    }

    @Test
    void raisingTheRolloutOnlyAddsSubjectsAndFlagsBucketIndependently() {
        for (int i = 0; i < 2_000; i++) {
            String id = "user-" + i;
            if (Rollout.includes("a", id, 20)) {
                assertThat(Rollout.includes("a", id, 21)).isTrue();
            }
        }
        long both = IntStream.range(0, 10_000).mapToObj(i -> "user-" + i)
                .filter(id -> Rollout.includes("a", id, 50) && Rollout.includes("b", id, 50)).count();
        assertThat(both / 100.0).as("independent flags overlap like independent coins").isBetween(22.0, 28.0);
    }

    @Test
    void namesAndPercentagesAreValidated() {
        assertThatThrownBy(() -> Flag.named("Cards Virtual")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Flag("x", true, Set.of(), Set.of(), Set.of(), 101, RolloutBy.USER, null, null))
                .hasMessageContaining("0 to 100");
    }
}

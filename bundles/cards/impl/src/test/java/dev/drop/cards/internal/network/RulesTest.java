package dev.drop.cards.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drop.cards.AuthorizationRequest;
import dev.drop.cards.AuthorizationRule;
import dev.drop.cards.internal.card.CardSecrets;
import dev.drop.cards.internal.card.CardSettings;
import dev.drop.platform.money.Money;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contributed rules decide with a deadline: a veto, a failure, silence and a missed deadline all decline. */
class RulesTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final AuthorizationRequest REQUEST = new AuthorizationRequest(UUID.randomUUID(), UUID.randomUUID(),
            Money.of(10_000, "SEK"), "Café Nord", "5812", "SE", "CHIP");

    private final Rules rules = new Rules(new CardSettings("489537", 3, new CardSecrets("k:" + KEY, "k", KEY, KEY),
            Duration.ofDays(7), Duration.ofMillis(200), 5, 5));

    @AfterEach
    void stop() {
        rules.stop();
    }

    private static AuthorizationRule rule(String name, Function<AuthorizationRequest, Optional<String>> decision) {
        return new AuthorizationRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> refusal(AuthorizationRequest request) {
                return decision.apply(request);
            }
        };
    }

    @Test
    void withoutRulesOrWithRulesThatAgreeTheAuthorizationGoesOn() {
        assertEquals(Optional.empty(), rules.refusal(REQUEST));
        rules.bindRule(rule("lenient", request -> Optional.empty()));
        assertEquals(Optional.empty(), rules.refusal(REQUEST));
    }

    @Test
    void aVetoDeclinesNamingTheRule() {
        rules.bindRule(rule("lenient", request -> Optional.empty()));
        rules.bindRule(rule("compliance.sanctions", request -> Optional.of("the merchant is sanctioned")));
        assertEquals(Optional.of("declined by compliance.sanctions: the merchant is sanctioned"), rules.refusal(REQUEST));
    }

    @Test
    void aRuleThatThrowsSaysNothingOrMissesItsDeadlineDeclines() {
        AuthorizationRule throwing = rule("broken", request -> {
            throw new IllegalStateException("the list is unreachable");
        });
        rules.bindRule(throwing);
        assertEquals(Optional.of("rule broken failed"), rules.refusal(REQUEST));
        rules.unbindRule(throwing);

        AuthorizationRule silent = rule("silent", request -> null);
        rules.bindRule(silent);
        assertEquals(Optional.of("rule silent gave no answer"), rules.refusal(REQUEST));
        rules.unbindRule(silent);

        rules.bindRule(rule("slow", request -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }));
        long started = System.nanoTime();
        assertEquals(Optional.of("rule slow did not decide in time"), rules.refusal(REQUEST));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "the deadline is kept");
    }
}

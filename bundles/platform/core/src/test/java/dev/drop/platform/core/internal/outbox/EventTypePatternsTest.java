package dev.drop.platform.core.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypePatternsTest {

    @Test
    void matchesExactTypesPrefixesAndEverything() {
        EventTypePatterns merchant = EventTypePatterns.of(List.of("merchant.*", "product.published"));
        assertThat(merchant.matches("merchant.approved")).isTrue();
        assertThat(merchant.matches("merchant.staff.added")).isTrue();
        assertThat(merchant.matches("merchants.approved")).isFalse();
        assertThat(merchant.matches("product.published")).isTrue();
        assertThat(merchant.matches("product.archived")).isFalse();
        assertThat(EventTypePatterns.of(List.of("*")).matches("anything.at.all")).isTrue();
    }

    @Test
    void survivesStorage() {
        EventTypePatterns patterns = EventTypePatterns.of(List.of("b.*", "a.created"));
        assertThat(EventTypePatterns.parse(patterns.stored())).isEqualTo(patterns);
    }

    @Test
    void rejectsPatternsThatWouldNeverMatchOrBreakStorage() {
        assertThatThrownBy(() -> EventTypePatterns.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypePatterns.of(List.of("a,b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypePatterns.of(List.of("*.created"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypePatterns.of(List.of("payment_request.cancelled"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypePatterns.of(List.of("-payment.paid"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nounsOfSeveralWordsAreJoinedByDashes() {
        assertThat(EventTypePatterns.of(List.of("payment-request.cancelled")).matches("payment-request.cancelled")).isTrue();
        assertThat(EventTypePatterns.of(List.of("payment-request.*")).matches("payment.paid")).isFalse();
    }
}

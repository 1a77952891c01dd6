package dev.drop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void moduleTypesGetStableUrisUnderTheDropBase() {
        ProblemType insufficient = ProblemType.of("insufficient-funds", "Insufficient funds", 422);
        assertThat(insufficient.uri()).hasToString("https://drop.dev/problems/insufficient-funds");
        assertThatThrownBy(() -> ProblemType.of("Insufficient Funds", "x", 422)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionsCarryTheProblemAndItsHeaders() {
        ProblemException e = ProblemType.TOO_MANY_REQUESTS.exception("Slow down.", Map.of("Retry-After", "30"));
        assertThat(e.problem().status()).isEqualTo(429);
        assertThat(e.problem().detail()).isEqualTo("Slow down.");
        assertThat(e.headers()).containsEntry("Retry-After", "30");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void emptyFieldErrorsAreOmittedAndOnlyErrorStatusesAllowed() {
        assertThat(ProblemType.VALIDATION.problem("x", List.of()).errors()).isNull();
        assertThat(ProblemType.VALIDATION.problem("x", List.of(new FieldError("a", "b"))).errors()).hasSize(1);
        assertThatThrownBy(() -> ProblemType.of("fine", "Fine", 200).problem("ok")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extensionMembersAreAddedButStandardNamesAreReserved() {
        Problem problem = ProblemType.MODULE_DISABLED.problem("module cards is disabled").with("module", "cards");
        assertThat(problem.extensions()).containsEntry("module", "cards");
        assertThatThrownBy(() -> problem.with("status", 200)).isInstanceOf(IllegalArgumentException.class);
    }
}

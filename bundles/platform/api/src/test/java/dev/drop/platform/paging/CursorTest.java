package dev.drop.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsKeysIncludingAwkwardCharacters() {
        Cursor cursor = Cursor.of("2026-11-22T10:15:30Z", "Eau de Parfum — 50 ml", "", "ü:|,/");
        String token = cursor.encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(token)).isEqualTo(cursor);
    }

    @Test
    void rejectsTokensItDidNotProduce() {
        String good = Cursor.of("a", "b").encode();
        for (String bad : List.of("", "!!!", "AAAA", good.substring(0, good.length() - 2), good + "AA", "x".repeat(5000))) {
            assertThatThrownBy(() -> Cursor.decode(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors()).extracting("field").containsExactly("cursor");
            });
        }
    }

    @Test
    void aPageOfExactlyTheLimitHasNoNextCursor() {
        PageRequest request = PageRequest.of(null, 2);
        assertThat(Page.fromOverfetch(List.of("a", "b"), request, Cursor::of).nextCursor()).isNull();
    }

    @Test
    void anOverfetchedRowYieldsACursorAfterTheLastKeptItem() {
        PageRequest request = PageRequest.of(null, 2);
        Page<String> page = Page.fromOverfetch(List.of("a", "b", "c"), request, Cursor::of);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(page.nextCursor()).key(0)).isEqualTo("b");

        PageRequest next = PageRequest.of(page.nextCursor(), 2);
        assertThat(next.after()).contains(Cursor.of("b"));
        assertThat(next.fetchSize()).isEqualTo(3);
    }

    @Test
    void limitsOutsideTheRangeAreAValidationProblem() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        for (int bad : new int[] {0, -1, PageRequest.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> PageRequest.of(null, bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().errors()).extracting("field").containsExactly("limit"));
        }
    }
}

package dev.drop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.problem.ProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestValuesTest {

    @Test
    void ifMatchNamesTheVersionOfAnETagStrongOrWeak() {
        assertThat(RequestValues.ifMatchVersion(null, "product")).isEqualTo(RequestValues.ANY_VERSION);
        assertThat(RequestValues.ifMatchVersion("\"3\"", "product")).isEqualTo(3);
        assertThat(RequestValues.ifMatchVersion(" W/\"12\" ", "product")).isEqualTo(12);
        for (String bad : new String[] {"3", "\"\"", "\"three\"", "**", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> RequestValues.ifMatchVersion(bad, "product")).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(412));
        }
    }

    @Test
    void ifMatchStarMatchesWhateverIsCurrent() {
        assertThat(RequestValues.ifMatchVersion("*", "product")).isEqualTo(RequestValues.ANY_VERSION);
        assertThat(RequestValues.ifMatchVersion(" * ", "product")).isEqualTo(RequestValues.ANY_VERSION);
    }

    @Test
    void aFlagIsTrueFalseOrAbsentAndAnythingElseIsRefused() {
        assertThat(RequestValues.flag("true", "inStock")).isTrue();
        assertThat(RequestValues.flag("false", "inStock")).isFalse();
        assertThat(RequestValues.flag(null, "inStock")).isNull();
        assertThatThrownBy(() -> RequestValues.flag("maybe", "inStock")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(400));
    }

    @Test
    void aMalformedPathIdIsNotFoundAndAMissingBodyABadRequest() {
        UUID id = UUID.randomUUID();
        assertThat(RequestValues.pathId(id.toString(), "merchant")).isEqualTo(id);
        assertThatThrownBy(() -> RequestValues.pathId("x", "merchant"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> RequestValues.required(null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
}

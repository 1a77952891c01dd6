package dev.drop.platform.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void theApiIsItsPrefixAndNothingThatMerelyStartsLikeIt() {
        assertThat(ErrorPage.isApi("/api")).isTrue();
        assertThat(ErrorPage.isApi("/api/v1/health")).isTrue();
        assertThat(ErrorPage.isApi("/apiary")).isFalse();
        assertThat(ErrorPage.isApi(null)).isFalse();
    }

    @Test
    void aProblemIsValidJsonEvenWhenTheReasonIsNot() {
        ErrorPage page = ErrorPage.forStatus(400, "Illegal \"character\" \\ \u0001");
        assertThat(page.problemJson()).isEqualTo("{\"type\":\"https://drop.dev/problems/bad-request\",\"title\":\"Bad request\","
                + "\"status\":400,\"detail\":\"The request was not understood: Illegal \\\"character\\\" \\\\ \\u0001.\"}");
    }

    @Test
    void thePageEscapesWhatItQuotes() {
        assertThat(ErrorPage.forStatus(400, "<script>").html()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void statusesKeepTheirStandardProblemTypes() {
        assertThat(ErrorPage.forStatus(403, null).type().uri()).hasToString("https://drop.dev/problems/forbidden");
        assertThat(ErrorPage.forStatus(431, "x").type().title()).isEqualTo("Request headers too large");
        assertThat(ErrorPage.forStatus(503, null).retryAfterSeconds()).isPositive();
        assertThat(ErrorPage.closed("catalog").retryAfterSeconds()).isPositive();
        assertThat(ErrorPage.forStatus(404, null)).isEqualTo(ErrorPage.notFound());
    }
}

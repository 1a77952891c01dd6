package dev.drop.platform.web.errors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ServerProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRefusedRequestIsAProblemWithThePlatformsTypeAndJettysReason() throws Exception {
        JsonNode problem = json.readTree(ServerProblem.of(400, "Illegal character CNTL=0x1").json());
        assertThat(problem.path("type").asText()).isEqualTo("https://drop.dev/problems/bad-request");
        assertThat(problem.path("title").asText()).isEqualTo("Bad request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).isEqualTo("The server could not read this request: Illegal character CNTL=0x1.");
    }

    @Test
    void sizeLimitsHaveTheirOwnTypes() throws Exception {
        assertThat(json.readTree(ServerProblem.of(414, "URI Too Long").json()).path("type").asText())
                .isEqualTo("https://drop.dev/problems/uri-too-long");
        assertThat(json.readTree(ServerProblem.of(431, null).json()).path("detail").asText())
                .isEqualTo("The server could not read this request.");
        assertThat(json.readTree(ServerProblem.of(505, "x").json()).path("type").asText()).endsWith("/internal");
    }

    @Test
    void reasonsAreEscapedIntoValidJson() throws Exception {
        JsonNode problem = json.readTree(ServerProblem.of(400, "bad \"quote\" \\ \u0001 and\nnewline").json());
        assertThat(problem.path("detail").asText()).contains("\"quote\" \\ \u0001 and\nnewline");
    }
}

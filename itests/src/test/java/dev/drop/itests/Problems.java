package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** What every error response of the API must look like. */
final class Problems {

    private Problems() {
    }

    /** Asserts an RFC 9457 problem with this status and type slug, stamped with the response's request id. */
    static JsonNode assertProblem(Http.Reply reply, int status, String typeSlug) {
        JsonNode problem = assertProblemOutsideApi(reply, status, typeSlug);
        assertEquals("urn:drop:request:" + reply.header("X-Request-Id"), problem.path("instance").asText());
        return problem;
    }

    /** As {@link #assertProblem(Http.Reply, int, String)}, of either type: where two parsing stages may refuse first. */
    static JsonNode assertProblem(Http.Reply reply, int status, String typeSlug, String orTypeSlug) {
        String type = reply.status() == status && reply.contentType() != null && reply.contentType().startsWith("application/problem+json")
                ? reply.json().path("type").asText() : "";
        return assertProblem(reply, status, type.endsWith("/" + orTypeSlug) ? orTypeSlug : typeSlug);
    }

    /** Asserts an RFC 9457 problem from a servlet outside {@code /api}, which gives requests no id. */
    static JsonNode assertProblemOutsideApi(Http.Reply reply, int status, String typeSlug) {
        assertEquals(reply.toString(), status, reply.status());
        assertThat(reply.toString(), reply.contentType(), startsWith("application/problem+json"));
        JsonNode problem = reply.json();
        assertEquals("https://drop.dev/problems/" + typeSlug, problem.path("type").asText());
        assertEquals(status, problem.path("status").asInt());
        assertThat(problem.path("title").asText(), not(""));
        assertThat(problem.path("detail").asText(), not(""));
        assertThat("no stack trace or Java internals leak", reply.body(), not(containsString("Exception")));
        assertThat(reply.body(), not(containsString("at dev.drop")));
        assertThat(reply.body(), not(containsString("java.")));
        return problem;
    }
}

package dev.drop.platform.rest.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.rest.internal.json.ApiJson;
import dev.drop.platform.web.RequestIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {

    private final ObjectMapper mapper = ApiJson.mapper();

    @Test
    void problemsAreWrittenAsRfc9457MembersWithExtensionsAtTheTop() throws Exception {
        JsonNode json = mapper.valueToTree(ProblemType.MODULE_DISABLED.problem("module cards is disabled")
                .with("module", "cards").withInstance(RequestIds.instance("abc")));
        assertThat(json.path("type").asText()).isEqualTo("https://drop.dev/problems/module-disabled");
        assertThat(json.path("title").asText()).isEqualTo("Module disabled");
        assertThat(json.path("status").asInt()).isEqualTo(404);
        assertThat(json.path("detail").asText()).isEqualTo("module cards is disabled");
        assertThat(json.path("instance").asText()).isEqualTo("urn:drop:request:abc");
        assertThat(json.path("module").asText()).isEqualTo("cards");
        assertThat(json.has("extensions")).isFalse();
        assertThat(json.has("errors")).isFalse();
    }

    @Test
    void fieldErrorsAreListed() {
        JsonNode json = mapper.valueToTree(ProblemType.VALIDATION.problem("bad", List.of(new FieldError("sku", "taken"))));
        assertThat(json.path("errors").get(0).path("field").asText()).isEqualTo("sku");
        assertThat(json.path("errors").get(0).path("message").asText()).isEqualTo("taken");
    }
}

package dev.drop.platform.rest.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.Problem;
import dev.drop.platform.rest.internal.json.ApiJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExceptionMapperTest {

    record Variant(String sku, Money price, int stock) {
    }

    record Product(String name, List<Variant> variants) {
        Product {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
        }
    }

    private final ObjectMapper mapper = ApiJson.mapper();

    @Test
    void syntaxErrorsAreMalformedJsonWithTheirPosition() {
        Problem problem = problemFor("{\"name\": \"Oud\",\n \"variants\": [}");
        assertThat(problem.type()).hasToString("https://drop.dev/problems/malformed-json");
        assertThat(problem.detail()).contains("line 2");
        assertThat(problemFor("{\"name\": \"Oud\"").type()).hasToString("https://drop.dev/problems/malformed-json");
        assertThat(problemFor("{\"name\": \"Oud\"} trailing").type()).hasToString("https://drop.dev/problems/malformed-json");
        assertThat(problemFor("{\"name\": \"Oud\", \"variants\": []} {}").type())
                .hasToString("https://drop.dev/problems/malformed-json");
    }

    @Test
    void aCardNumberInAnUnreadableTokenIsNotEchoed() {
        Problem problem = problemFor("{\"name\": x4895370000000018}");
        assertThat(problem.type()).hasToString("https://drop.dev/problems/malformed-json");
        assertThat(problem.detail()).doesNotContain("4895370000000018").contains("<digits>");
    }

    @Test
    void unknownPropertiesAreRejectedByName() {
        Problem problem = problemFor("{\"name\": \"Oud\", \"variants\": [], \"ownerId\": 7}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting("field", "message").containsExactly(
                tuple("ownerId", "is not a known property"));
    }

    @Test
    void wrongTypesPointAtTheNestedFieldInJsonTerms() {
        Problem problem = problemFor("{\"name\": \"Oud\", \"variants\": [{\"sku\": \"a\", \"price\": {\"amount\": 1,"
                + " \"currency\": \"SEK\"}, \"stock\": 1}, {\"sku\": \"b\", \"price\": {\"amount\": \"12.5\", \"currency\": \"SEK\"},"
                + " \"stock\": 1}]}");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("variants[1].price.amount");
            assertThat(error.message()).isEqualTo("must be a whole number");
        });
        assertThat(problemFor("{\"name\": 5, \"variants\": []}").errors().get(0).message()).isEqualTo("must be a string");
        assertThat(problemFor("{\"name\": \"x\", \"variants\": [{\"sku\": \"a\", \"price\": {\"amount\": 1.5, "
                + "\"currency\": \"SEK\"}, \"stock\": 1}]}").errors().get(0).field()).isEqualTo("variants[0].price.amount");
    }

    @Test
    void nullsForNumbersAndBadCurrenciesAreFieldErrors() {
        Problem nullStock = problemFor("{\"name\": \"x\", \"variants\": [{\"sku\": \"a\", \"price\": {\"amount\": 1, "
                + "\"currency\": \"SEK\"}, \"stock\": null}]}");
        assertThat(nullStock.errors().get(0).field()).isEqualTo("variants[0].stock");
        Problem currency = problemFor("{\"name\": \"x\", \"variants\": [{\"sku\": \"a\", \"price\": {\"amount\": 1, "
                + "\"currency\": \"XYZ\"}, \"stock\": 1}]}");
        assertThat(currency.errors().get(0).field()).isEqualTo("variants[0].price.currency");
        assertThat(currency.detail()).doesNotContain("java.");
    }

    @Test
    void constructorRulesBecomeFieldErrorsWithTheirMessage() {
        Problem problem = problemFor("{\"name\": \"  \", \"variants\": []}");
        assertThat(problem.detail()).isEqualTo("The request is invalid: must not be blank.");
        Problem money = problemFor("{\"name\": \"x\", \"variants\": [{\"sku\": \"a\", \"price\": {\"amount\": 1, "
                + "\"currency\": \"XAU\"}, \"stock\": 1}]}");
        assertThat(money.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("variants[0].price");
            assertThat(error.message()).isEqualTo("XAU is not a currency with minor units");
        });
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhatWasExpected() {
        assertThat(problemFor("[1, 2]").detail()).isEqualTo("The body must be an object.");
    }

    @Test
    void absurdNestingIsRefused() {
        Problem problem = problemFor("{\"name\": \"x\", \"variants\": " + "[".repeat(500) + "]".repeat(500) + "}");
        assertThat(problem.status()).isEqualTo(400);
    }

    private Problem problemFor(String json) {
        JsonProcessingException thrown = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(json, Product.class));
        assertThat(thrown).as("expected %s to be rejected", json).isNotNull();
        return JsonExceptionMapper.problemFor(thrown);
    }
}

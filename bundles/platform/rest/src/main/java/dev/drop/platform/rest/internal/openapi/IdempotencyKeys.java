package dev.drop.platform.rest.internal.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Describes the {@code Idempotency-Key} header wherever a resource takes it, with what the platform does with it, so
 * that no module has to repeat it.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final String DESCRIPTION = "Required: a unique value for this request (a UUID, say), sent again "
            + "unchanged when the request is retried. The same key with the same request gets the first answer again, "
            + "byte for byte (with Idempotent-Replayed: true), and nothing happens twice; with a different request it is "
            + "a 422; while the first is still running a 409 with Retry-After. Keys are kept 24 hours.";

    private IdempotencyKeys() {
    }

    static OpenAPI describe(OpenAPI api) {
        if (api.getPaths() == null) {
            return api;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(IdempotencyKeys::describe));
        return api;
    }

    private static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && HEADER.equalsIgnoreCase(parameter.getName())) {
                parameter.required(true).description(DESCRIPTION).schema(new StringSchema().minLength(1).maxLength(255));
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                responses.addApiResponse("409", new ApiResponse().description("A request with this Idempotency-Key is still running"));
                responses.addApiResponse("422", new ApiResponse().description("The Idempotency-Key was used for a different request, "
                        + "or the request was refused"));
                operation.responses(responses);
            }
        }
    }
}

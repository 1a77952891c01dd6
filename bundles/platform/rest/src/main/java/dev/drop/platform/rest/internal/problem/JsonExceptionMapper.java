package dev.drop.platform.rest.internal.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.Problem;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Request bodies that are not JSON, or not the JSON the resource expects, as 400 problems that point at the field
 * and say what was expected, without naming a single Java type.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ProblemResponses.of(problemFor(exception));
    }

    static Problem problemFor(JsonProcessingException thrown) {
        JsonProcessingException exception = syntaxErrorInside(thrown);
        if (exception instanceof StreamConstraintsException) {
            return ProblemType.VALIDATION.problem("The JSON body is nested too deeply or holds a value that is too long.");
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            // the parser quotes the token it could not read: a card number there must not come back, nor reach a log
            return ProblemType.MALFORMED_JSON.problem("The body is not valid JSON: " + exception.getOriginalMessage()
                    .replaceAll("\\s+", " ").replaceAll("[0-9]{12,19}", "<digits>") + at(exception.getLocation()) + ".");
        }
        if (mapping instanceof MismatchedInputException && mapping.getOriginalMessage().startsWith("Trailing token")) {
            return ProblemType.MALFORMED_JSON.problem("The body holds more than one JSON value.");
        }
        String field = JsonPaths.of(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return invalid("Unknown property '" + unknown.getPropertyName() + "'.", field, "is not a known property");
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            String reason = instantiation.getCause().getMessage();
            return field.isEmpty() ? ProblemType.VALIDATION.problem("The request is invalid: " + reason + ".")
                    : invalid("'" + field + "' is invalid: " + reason + ".", field, reason);
        }
        if (field.isEmpty()) {
            return ProblemType.VALIDATION.problem(mapping instanceof MismatchedInputException input && input.getTargetType() != null
                    ? "The body must be " + JsonTypes.describe(input.getTargetType()) + "."
                    : "The body does not have the expected shape.");
        }
        if (mapping instanceof InvalidNullException) {
            return invalid("'" + field + "' must not be null.", field, "must not be null");
        }
        if (mapping instanceof MismatchedInputException input && input.getTargetType() != null) {
            String expected = "must be " + JsonTypes.describe(input.getTargetType());
            return invalid("'" + field + "' " + expected + ".", field, expected);
        }
        return invalid("'" + field + "' has a value that cannot be used.", field, "has a value that cannot be used");
    }

    /** Databind wraps a syntax error met while binding (say, a truncated object) in a mapping exception. */
    private static JsonProcessingException syntaxErrorInside(JsonProcessingException exception) {
        JsonProcessingException current = exception;
        while (current instanceof JsonMappingException && current.getCause() instanceof JsonProcessingException cause) {
            current = cause;
        }
        return current instanceof JsonMappingException ? exception : current;
    }

    private static Problem invalid(String detail, String field, String message) {
        return ProblemType.VALIDATION.problem(detail, List.of(new FieldError(field, message)));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

package dev.drop.platform.web;

import dev.drop.platform.problem.ProblemType;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The parts of a {@code multipart/form-data} request (a file upload), read by the web server as they are asked for.
 * A resource gets it from its request's properties: {@code FormParts.of(requestContext::getProperty)}.
 */
@ProviderType
public interface FormParts {

    /** The request property under which the platform offers the parts of a multipart request. */
    String PROPERTY = "dev.drop.platform.web.FormParts";

    /** A part: the file name and content type the client gave (claims, not facts) and its bytes. */
    record Part(String fileName, String declaredType, byte[] bytes) {
    }

    /**
     * The part of that name, read whole; empty when there is none. A part longer than {@code maxBytes} is a 413
     * problem, a body that is not readable multipart a 400.
     */
    Optional<Part> part(String name, long maxBytes);

    /** The parts of the request whose properties these are; a 415 problem when the request is not multipart/form-data. */
    static FormParts of(Function<String, Object> properties) {
        Object parts = properties.apply(PROPERTY);
        if (parts instanceof FormParts form) {
            return form;
        }
        throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("The request must be multipart/form-data.");
    }
}

package dev.drop.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of problem: its stable {@code type} URI, short title and HTTP status. Modules define their own kinds with
 * {@link #of(String, String, int)}; the common ones are constants here.
 */
public record ProblemType(URI uri, String title, int status) {

    /** All Drop problem type URIs start with this. */
    public static final String BASE_URI = "https://drop.dev/problems/";

    public static final ProblemType BAD_REQUEST = of("bad-request", "Bad request", 400);
    public static final ProblemType VALIDATION = of("validation", "Invalid request", 400);
    public static final ProblemType MALFORMED_JSON = of("malformed-json", "Malformed JSON", 400);
    public static final ProblemType UNAUTHORIZED = of("unauthorized", "Authentication required", 401);
    public static final ProblemType FORBIDDEN = of("forbidden", "Forbidden", 403);
    public static final ProblemType NOT_FOUND = of("not-found", "Not found", 404);
    public static final ProblemType MODULE_DISABLED = of("module-disabled", "Module disabled", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "Not acceptable", 406);
    public static final ProblemType CONFLICT = of("conflict", "Conflict", 409);
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", "Precondition failed", 412);
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "Payload too large", 413);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType UNPROCESSABLE = of("unprocessable", "Unprocessable request", 422);
    public static final ProblemType PRECONDITION_REQUIRED = of("precondition-required", "Precondition required", 428);
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", "Too many requests", 429);
    public static final ProblemType INTERNAL = of("internal", "Internal error", 500);
    public static final ProblemType UNAVAILABLE = of("unavailable", "Service unavailable", 503);

    public ProblemType {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(title, "title");
    }

    /** A problem type whose URI is {@code https://drop.dev/problems/<slug>}. */
    public static ProblemType of(String slug, String title, int status) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem slug must be kebab-case: " + slug);
        }
        return new ProblemType(URI.create(BASE_URI + slug), title, status);
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null, null, null);
    }

    public Problem problem(String detail, List<FieldError> errors) {
        return new Problem(uri, title, status, detail, null, errors, null);
    }

    public ProblemException exception(String detail) {
        return new ProblemException(problem(detail));
    }

    public ProblemException exception(String detail, List<FieldError> errors) {
        return new ProblemException(problem(detail, errors));
    }

    public ProblemException exception(String detail, Map<String, String> headers) {
        return new ProblemException(problem(detail), headers);
    }
}

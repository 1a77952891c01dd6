package dev.drop.platform.problem;

import java.util.Map;
import java.util.Objects;

/**
 * Thrown by services and resources to answer a request with a problem. The REST layer turns it into an
 * {@code application/problem+json} response carrying {@link #problem()} and {@link #headers()}.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    /** @param headers response headers the problem needs, such as {@code Retry-After} or {@code WWW-Authenticate} */
    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}

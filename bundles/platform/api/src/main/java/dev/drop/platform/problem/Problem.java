package dev.drop.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI naming the kind of problem; {@code detail} explains this
 * occurrence in plain words; {@code errors} lists the fields that failed validation, if any.
 *
 * @param instance   the request this problem occurred in (its request id as a URN), or {@code null}
 * @param extensions further members of the problem object, such as the name of a disabled module
 */
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors,
                      Map<String, Object> extensions) {

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Problem withInstance(URI requestInstance) {
        return new Problem(type, title, status, detail, requestInstance, errors, extensions);
    }

    /** This problem with one more extension member; the standard member names are reserved. */
    public Problem with(String member, Object value) {
        if (List.of("type", "title", "status", "detail", "instance", "errors").contains(member)) {
            throw new IllegalArgumentException(member + " is a standard problem member");
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }
}

package dev.drop.platform.web;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import java.util.UUID;

/** Reads parts of a request, turning malformed ones into the problem a client should get. */
public final class RequestValues {

    /** What {@link #ifMatchVersion} returns when the request has no {@code If-Match}, or {@code If-Match: *}. */
    public static final long ANY_VERSION = -1;

    private RequestValues() {
    }

    /** An absent body is a client error like any other (400). */
    public static <T> T required(T body) {
        if (body == null) {
            throw ProblemType.BAD_REQUEST.exception("The request needs a JSON body.");
        }
        return body;
    }

    /** A yes/no query parameter: {@code true}, {@code false} or absent (null); anything else is a 400. */
    public static Boolean flag(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemType.VALIDATION.exception("The query parameter '" + name + "' must be true or false.",
                List.of(new FieldError(name, "must be true or false")));
    }

    /** An id in a path; a malformed one names nothing, so it is not found (404). */
    public static UUID pathId(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemType.NOT_FOUND.exception("There is no " + what + " " + id + ".");
        }
    }

    /**
     * The version an {@code If-Match} header names ({@code "3"} or {@code W/"3"}, as the ETag was sent); {@link #ANY_VERSION}
     * without the header and for {@code *}, which matches any current representation (RFC 9110 13.1.1); 412 when it
     * names no version.
     */
    public static long ifMatchVersion(String header, String what) {
        if (header == null || header.strip().equals("*")) {
            return ANY_VERSION;
        }
        String tag = header.strip().replaceFirst("^W/", "");
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through to the problem
            }
        }
        throw ProblemType.PRECONDITION_FAILED.exception("If-Match names no version of this " + what
                + "; send the ETag you read.");
    }
}

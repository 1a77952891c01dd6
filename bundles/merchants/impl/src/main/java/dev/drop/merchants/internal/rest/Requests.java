package dev.drop.merchants.internal.rest;

import dev.drop.merchants.MerchantRole;
import dev.drop.platform.problem.ProblemType;
import java.util.List;
import java.util.UUID;

/** The JSON bodies the merchants routes accept, and the checks every route makes of what it is sent. */
final class Requests {

    private Requests() {
    }

    record NewStaff(String email, MerchantRole role) {
    }

    record NewKey(String name, List<String> scopes) {
    }

    record Review(String reason) {
    }

    /** An absent body is a client error like any other. */
    static <T> T required(T body) {
        if (body == null) {
            throw ProblemType.BAD_REQUEST.exception("The request needs a JSON body.");
        }
        return body;
    }

    /** An id in a path; a malformed one names nothing, so it is not found. */
    static UUID id(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemType.NOT_FOUND.exception("There is no " + what + " " + id + ".");
        }
    }

    /** The version an {@code If-Match} header names ({@code "3"} or {@code W/"3"}); -1 when there is none. */
    static long ifMatch(String header) {
        if (header == null) {
            return -1;
        }
        String tag = header.strip().replaceFirst("^W/", "");
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw ProblemType.PRECONDITION_FAILED.exception("If-Match names no version of this merchant; send the ETag you read.");
    }
}

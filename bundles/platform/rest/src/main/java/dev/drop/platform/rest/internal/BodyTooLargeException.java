package dev.drop.platform.rest.internal;

import java.io.IOException;

/** Raised by the request stream the moment a body passes the configured limit. */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }
}

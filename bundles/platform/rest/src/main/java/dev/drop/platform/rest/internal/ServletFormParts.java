package dev.drop.platform.rest.internal;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.FormParts;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;

/** The parts of a multipart request as the servlet container parses them (into temporary files past a threshold). */
final class ServletFormParts implements FormParts {

    private final HttpServletRequest request;

    ServletFormParts(HttpServletRequest request) {
        this.request = request;
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, 19);
    }

    @Override
    public Optional<Part> part(String name, long maxBytes) {
        javax.servlet.http.Part part;
        try {
            part = request.getPart(name);
        } catch (IllegalStateException e) {
            throw ProblemType.PAYLOAD_TOO_LARGE.exception("The upload is larger than the server accepts.");
        } catch (IOException | ServletException e) {
            throw unreadable();
        }
        if (part == null) {
            return Optional.empty();
        }
        if (part.getSize() > maxBytes) {
            throw ProblemType.PAYLOAD_TOO_LARGE.exception("The part '" + name + "' is " + part.getSize()
                    + " bytes; the limit is " + maxBytes + " bytes.");
        }
        try (InputStream in = part.getInputStream()) {
            return Optional.of(new Part(part.getSubmittedFileName(), part.getContentType(),
                    in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8))));
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static RuntimeException unreadable() {
        return ProblemType.BAD_REQUEST.exception("The body is not a readable multipart/form-data upload.");
    }
}

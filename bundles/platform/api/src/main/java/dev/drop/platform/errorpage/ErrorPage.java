package dev.drop.platform.errorpage;

import dev.drop.platform.problem.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

/**
 * One answer for a request no module serves: the problem an API client reads and the page a person reads, with
 * the seconds after which trying again may help ({@code Retry-After}), or 0 for none.
 */
public record ErrorPage(ProblemType type, String heading, String detail, int retryAfterSeconds) {

    /** How long a starting platform usually takes to serve again. */
    static final int STARTING_RETRY_SECONDS = 5;
    /** How long an operator's maintenance usually takes. */
    static final int CLOSED_RETRY_SECONDS = 300;

    private static final List<ProblemType> STANDARD_CLIENT_ERRORS = List.of(ProblemType.BAD_REQUEST,
            ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN, ProblemType.NOT_ACCEPTABLE, ProblemType.CONFLICT,
            ProblemType.PRECONDITION_FAILED, ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNPROCESSABLE,
            ProblemType.PRECONDITION_REQUIRED, ProblemType.TOO_MANY_REQUESTS);

    /** Nothing lives at the address. */
    public static ErrorPage notFound() {
        return new ErrorPage(ProblemType.NOT_FOUND, "This page is not here",
                "Nothing lives at this address. Check the link, or start again from the shop's home page.", 0);
    }

    /** The platform is starting and does not serve this path yet. */
    public static ErrorPage starting() {
        return new ErrorPage(ProblemType.UNAVAILABLE, "Opening in a moment",
                "Drop is starting and will serve this in a few seconds. Please try again shortly.",
                STARTING_RETRY_SECONDS);
    }

    /** The module serving the path is switched off by an operator, or not up. */
    public static ErrorPage closed(String module) {
        return new ErrorPage(ProblemType.UNAVAILABLE, "The shop is closed for now",
                "This page will be back soon (module " + module + " is not running). Please try again later.",
                CLOSED_RETRY_SECONDS);
    }

    /** Any other error status, e.g. one the web server's request parser answers with its reason. */
    public static ErrorPage forStatus(int status, String reason) {
        if (status == 404) {
            return notFound();
        }
        if (status >= 500) {
            ProblemType type = status == 503 ? ProblemType.UNAVAILABLE : ProblemType.INTERNAL;
            return new ErrorPage(type, "Something went wrong",
                    "Something went wrong on our side. Please try again in a moment.", status == 503 ? STARTING_RETRY_SECONDS : 0);
        }
        return switch (status) {
            case 405 -> new ErrorPage(ProblemType.METHOD_NOT_ALLOWED, "That request did not work",
                    "This address does not accept that method.", 0);
            case 413 -> new ErrorPage(ProblemType.PAYLOAD_TOO_LARGE, "That request did not work",
                    "The request is larger than this address accepts.", 0);
            default -> new ErrorPage(typeOf(status), "That request did not work", reason == null || reason.isBlank()
                    ? "The request was not understood." : "The request was not understood: " + reason + ".", 0);
        };
    }

    /** Whether a request path is the API's, which answers problem JSON. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** Answers the problem for an API path and the page for any other path; never cached. */
    public void write(HttpServletResponse response, String path) throws IOException {
        boolean api = isApi(path);
        byte[] body = (api ? problemJson() : html()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(type.status());
        response.setContentType(api ? ErrorPageText.PROBLEM_JSON : "text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    public String problemJson() {
        return ErrorPageText.problemJson(type, detail);
    }

    public String html() {
        return ErrorPageText.html(type.status(), type.title(), heading, detail);
    }

    private static ProblemType typeOf(int status) {
        return STANDARD_CLIENT_ERRORS.stream().filter(type -> type.status() == status).findFirst()
                .orElseGet(() -> new ProblemType(ProblemType.BAD_REQUEST.uri(), switch (status) {
                    case 414 -> "URI too long";
                    case 431 -> "Request headers too large";
                    default -> ProblemType.BAD_REQUEST.title();
                }, status));
    }
}

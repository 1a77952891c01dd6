package dev.drop.platform.jetty.internal;

import dev.drop.platform.errorpage.ErrorPage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * The web server's error handler (set by the {@code /jetty.xml} this fragment adds to Pax Web's class path): it
 * answers what reaches no servlet context. That is a request the HTTP parser refuses (a malformed URI, headers too
 * large), answered in Drop's words, and, at the first moments of boot before any context exists, every request.
 */
public final class ServerErrorHandler extends ErrorHandler {

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        UnservedAnswer.write(baseRequest, request, response, code);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        // the parser's catch-all reason merely repeats the status
        ErrorPage page = ErrorPage.forStatus(status, "Bad Request".equals(reason) ? "its address or headers are malformed" : reason);
        boolean api = ErrorPage.isApi(RequestLine.pathOf(pathBeingRefused()));
        fields.put(HttpHeader.CONTENT_TYPE, api ? "application/problem+json" : "text/html;charset=utf-8");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return BufferUtil.toBuffer(api ? page.problemJson() : page.html(), StandardCharsets.UTF_8);
    }

    /**
     * The path of the request the parser refuses, as far as it can be told. When the request line itself is refused
     * (a malformed URI), the parser keeps nothing of it, but its bytes are still at the start of the connection's
     * buffer, which the parser empties without wiping; the parse runs on this thread.
     */
    private static String pathBeingRefused() {
        HttpConnection connection = HttpConnection.getCurrentConnection();
        if (connection == null) {
            return null;
        }
        MetaData.Request parsed = connection.getHttpChannel().getRequest().getMetaData();
        if (parsed != null && parsed.getURI() != null && parsed.getURI().getPath() != null) {
            return parsed.getURI().getPath();
        }
        return RequestLine.target(connection.getRequestBuffer());
    }
}

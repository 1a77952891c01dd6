package dev.drop.platform.rest.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletResponse;
import org.glassfish.jersey.server.ContainerException;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Writes Jersey's response to the servlet response. Requests are served synchronously: there is no suspending,
 * so asynchronous resource methods are not supported.
 */
final class ServletResponseWriter implements ContainerResponseWriter {

    private final HttpServletResponse response;

    ServletResponseWriter(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse context) {
        response.setStatus(context.getStatus());
        if (contentLength >= 0) {
            response.setContentLengthLong(contentLength);
        }
        for (Map.Entry<String, List<Object>> header : context.getHeaders().entrySet()) {
            for (Object value : header.getValue()) {
                response.addHeader(header.getKey(), HeaderValues.text(value));
            }
        }
        try {
            return new UnflushedOutput(response.getOutputStream());
        } catch (IOException e) {
            throw new ContainerException(e);
        }
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
        return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
        throw new IllegalStateException("requests of the Drop API are never suspended");
    }

    @Override
    public void commit() {
        // the servlet container completes the response when the request returns
    }

    @Override
    public void failure(Throwable error) {
        // the exception mappers have answered every application error; this is a failure to write the answer
        if (!response.isCommitted()) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        throw new ContainerException(error);
    }

    /** Jetty buffers (and sets Content-Length) itself; Jersey's buffering would only add a configuration lookup. */
    @Override
    public boolean enableResponseBuffering() {
        return false;
    }

    /**
     * Jersey flushes the entity stream before closing it. A flush makes Jetty commit the response chunked; without
     * it, Jetty sends a response that fits its buffer in one piece with a Content-Length, and larger ones as it goes.
     */
    private static final class UnflushedOutput extends FilterOutputStream {

        UnflushedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // see the class comment
        }
    }
}

package dev.drop.platform.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestLineTest {

    @Test
    void readsTheTargetOfAnEmptiedBuffer() {
        ByteBuffer buffer = ByteBuffer.wrap("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        buffer.position(buffer.limit());
        assertThat(RequestLine.target(buffer)).isEqualTo("/api/v1/%zz");
    }

    @Test
    void tellsNothingOfWhatIsNoRequestLine() {
        assertThat(RequestLine.target(null)).isNull();
        assertThat(RequestLine.target(ByteBuffer.allocate(16))).isNull();
        assertThat(RequestLine.target(ByteBuffer.wrap(new byte[] {(byte) 0x16, 3, 1}))).isNull();
    }

    @Test
    void thePathOfAnOriginOrAbsoluteTarget() {
        assertThat(RequestLine.pathOf("/api/v1/x?y=%zz")).isEqualTo("/api/v1/x");
        assertThat(RequestLine.pathOf("http://drop.example:8181/api/v1/%zz")).isEqualTo("/api/v1/%zz");
        assertThat(RequestLine.pathOf(null)).isNull();
    }
}

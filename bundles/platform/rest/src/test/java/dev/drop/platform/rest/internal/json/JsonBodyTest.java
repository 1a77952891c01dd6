package dev.drop.platform.rest.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.drop.platform.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.NoContentException;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static final Annotation[] NONE = new Annotation[0];
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    private final JsonBodyWriter writer = new JsonBodyWriter(ApiJson.mapper());
    private final JsonBodyReader reader = new JsonBodyReader(ApiJson.mapper());

    @Test
    void takesJsonAndJsonSuffixTypesButLeavesRawBodiesAndOtherTypesToJersey() {
        assertThat(writer.isWriteable(Money.class, Money.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(Money.class, Money.class, NONE, PROBLEM)).isTrue();
        assertThat(writer.isWriteable(Money.class, Money.class, NONE, MediaType.APPLICATION_XML_TYPE)).isFalse();
        assertThat(writer.isWriteable(String.class, String.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(reader.isReadable(InputStream.class, InputStream.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void writesDeclaredGenericTypes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Money> prices = List.of(Money.of(12900, "SEK"));
        writer.writeTo(prices, prices.getClass(), new TypeReference<List<Money>>() { }.getType(), NONE,
                MediaType.APPLICATION_JSON_TYPE, null, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[{\"amount\":12900,\"currency\":\"SEK\"}]");
    }

    @Test
    void readsStrictlyAndCallsAnEmptyBodyMissing() throws Exception {
        Object money = reader.readFrom(cast(Money.class), Money.class, NONE, MediaType.APPLICATION_JSON_TYPE, null,
                body("{\"amount\": 5, \"currency\": \"EUR\"}"));
        assertThat(money).isEqualTo(Money.of(5, "EUR"));
        assertThatThrownBy(() -> reader.readFrom(cast(Money.class), Money.class, NONE, MediaType.APPLICATION_JSON_TYPE,
                null, body(""))).isInstanceOf(NoContentException.class);
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> type) {
        return (Class<Object>) type;
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

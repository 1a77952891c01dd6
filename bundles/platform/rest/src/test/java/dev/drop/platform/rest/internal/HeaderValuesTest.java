package dev.drop.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    @Test
    void headerValuesOfEveryKindBecomeText() {
        assertThat(HeaderValues.text("no-store")).isEqualTo("no-store");
        assertThat(HeaderValues.text(MediaType.APPLICATION_JSON_TYPE)).isEqualTo("application/json");
        assertThat(HeaderValues.text(URI.create("https://drop.dev/x"))).isEqualTo("https://drop.dev/x");
        // Jersey's own OPTIONS answer builds its Allow header in a StringBuilder, a type no header delegate handles
        assertThat(HeaderValues.text(new StringBuilder("GET,HEAD,OPTIONS"))).isEqualTo("GET,HEAD,OPTIONS");
    }
}

package dev.drop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void idsFromClientsAreKeptOnlyWhenSane() {
        assertThat(RequestIds.acceptOrGenerate("pos-42.a:b_c")).isEqualTo("pos-42.a:b_c");
        assertThat(RequestIds.acceptOrGenerate("x".repeat(65))).matches("[0-9a-f]{32}");
        assertThat(RequestIds.acceptOrGenerate("line\nbreak")).matches("[0-9a-f]{32}");
        assertThat(RequestIds.acceptOrGenerate("<script>")).matches("[0-9a-f]{32}");
        assertThat(RequestIds.acceptOrGenerate(null)).matches("[0-9a-f]{32}");
    }

    @Test
    void freshIdsDiffer() {
        assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(RequestIds.acceptOrGenerate(null));
    }

    @Test
    void anIdIsAProblemsInstance() {
        assertThat(RequestIds.instance("abc")).hasToString("urn:drop:request:abc");
        assertThat(RequestIds.instance(null)).isNull();
    }
}

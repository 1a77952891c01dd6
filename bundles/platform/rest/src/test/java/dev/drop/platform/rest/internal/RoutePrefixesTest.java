package dev.drop.platform.rest.internal;

import static dev.drop.platform.rest.internal.RoutePrefixes.ANYWHERE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutePrefixesTest {

    @Test
    void aResourceIsFiledUnderTheLiteralStartOfItsPath() {
        assertThat(RoutePrefixes.of("v1/auth")).isEqualTo("v1/auth");
        assertThat(RoutePrefixes.of("/v1/auth/mfa/totp/")).isEqualTo("v1/auth");
        assertThat(RoutePrefixes.of("v1/merchants/{merchantId}/products")).isEqualTo("v1/merchants");
        assertThat(RoutePrefixes.of("openapi.json")).isEqualTo("openapi.json");
        assertThat(RoutePrefixes.of("v1/{version}/things")).isEqualTo("v1");
        assertThat(RoutePrefixes.of("v1/auth{suffix}")).isEqualTo("v1");
        assertThat(RoutePrefixes.of("{any: .*}")).isEqualTo(ANYWHERE);
        assertThat(RoutePrefixes.of("caf%C3%A9/menu")).isEqualTo(ANYWHERE);
        assertThat(RoutePrefixes.of("/")).isEqualTo(ANYWHERE);
    }

    @Test
    void eachPrefixServesItsOwnResourcesThoseOfItsFirstSegmentAndThoseThatMatchAnywhere() {
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("login", "v1/auth");
        roots.put("mfa", "v1/auth/mfa/totp");
        roots.put("products", "v1/merchants/{id}/products");
        roots.put("versioned", "v1/{version}/things");
        roots.put("openapi", "openapi.json");
        roots.put("fallback", "{path: .*}");

        Map<String, List<String>> groups = RoutePrefixes.group(roots);

        assertThat(groups).containsOnlyKeys("v1/auth", "v1/merchants", "v1", "openapi.json", ANYWHERE);
        assertThat(groups.get("v1/auth")).containsExactly("login", "mfa", "versioned", "fallback");
        assertThat(groups.get("v1/merchants")).containsExactly("products", "versioned", "fallback");
        assertThat(groups.get("v1")).containsExactly("versioned", "fallback");
        assertThat(groups.get("openapi.json")).containsExactly("openapi", "fallback");
        assertThat(groups.get(ANYWHERE)).containsExactly("fallback");
    }

    @Test
    void withoutResourcesThatMatchAnywhereThatPrefixServesNothing() {
        assertThat(RoutePrefixes.group(Map.of("health", "v1/health")))
                .containsEntry(ANYWHERE, List.of())
                .containsEntry("v1/health", List.of("health"));
    }

    @Test
    void aRequestGoesToItsFirstTwoSegmentsThenItsFirstThenAnywhere() {
        Set<String> prefixes = Set.of("v1/auth", "v1", "openapi.json", ANYWHERE);

        assertThat(RoutePrefixes.forRequest("v1/auth/login", prefixes)).isEqualTo("v1/auth");
        assertThat(RoutePrefixes.forRequest("v1/auth", prefixes)).isEqualTo("v1/auth");
        assertThat(RoutePrefixes.forRequest("v1/catalog/shop", prefixes)).isEqualTo("v1");
        assertThat(RoutePrefixes.forRequest("v1/", prefixes)).isEqualTo("v1");
        assertThat(RoutePrefixes.forRequest("v1", prefixes)).isEqualTo("v1");
        assertThat(RoutePrefixes.forRequest("openapi.json", prefixes)).isEqualTo("openapi.json");
        assertThat(RoutePrefixes.forRequest("v2/auth/login", prefixes)).isEqualTo(ANYWHERE);
        assertThat(RoutePrefixes.forRequest("V1/auth/login", prefixes)).isEqualTo(ANYWHERE);
        assertThat(RoutePrefixes.forRequest("v1/%61uth/login", prefixes)).isEqualTo("v1");
        assertThat(RoutePrefixes.forRequest("/v1/auth", prefixes)).isEqualTo(ANYWHERE);
        assertThat(RoutePrefixes.forRequest("", prefixes)).isEqualTo(ANYWHERE);
    }
}

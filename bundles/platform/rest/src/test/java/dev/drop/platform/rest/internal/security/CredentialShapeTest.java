package dev.drop.platform.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialShapeTest {

    @Test
    void accessTokensAreTokensOfThreeBase64UrlPartsOpeningWithAJsonObject() {
        assertThat(CredentialShape.of("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).isEqualTo(CredentialShape.ACCESS_TOKEN);
        assertThat(CredentialShape.of("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).isEqualTo(CredentialShape.ACCESS_TOKEN);
    }

    @Test
    void anythingElseIsNot() {
        assertThat(CredentialShape.of("a.b.c")).isEqualTo(CredentialShape.OTHER);
        assertThat(CredentialShape.of("eyJhbGciOiJFUzI1NiJ9")).isEqualTo(CredentialShape.OTHER);
        assertThat(CredentialShape.of("eyJ.x.y.z")).isEqualTo(CredentialShape.OTHER);
        assertThat(CredentialShape.of("eyJ a.b.c")).isEqualTo(CredentialShape.OTHER);
        assertThat(CredentialShape.of("dmk_0123456789abcdef")).isEqualTo(CredentialShape.OTHER);
    }
}

package dev.drop.platform.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.db.DatabaseKind;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void productionRefusesTheEmbeddedDatabaseAndSaysWhatToChange() {
        assertThat(ProductionGuard.refusal("prod", DatabaseKind.H2)).hasValueSatisfying(message -> assertThat(message)
                .contains("profile prod needs PostgreSQL").contains("org.ops4j.datasource-drop.cfg"));
    }

    @Test
    void productionOnPostgresqlAndDevelopmentOnAnythingMayStart() {
        assertThat(ProductionGuard.refusal("prod", DatabaseKind.POSTGRESQL)).isEmpty();
        assertThat(ProductionGuard.refusal("dev", DatabaseKind.H2)).isEmpty();
        assertThat(ProductionGuard.refusal("dev", DatabaseKind.POSTGRESQL)).isEmpty();
    }

    @Test
    void aMistypedProfileIsNotSilentlyTreatedAsDevelopment() {
        assertThat(ProductionGuard.refusal("production", DatabaseKind.POSTGRESQL)).hasValueSatisfying(message ->
                assertThat(message).contains("'production' is unknown"));
    }
}

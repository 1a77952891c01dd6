package dev.drop.merchants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MerchantRulesTest {

    @Test
    void slugsAreShortLowerCaseWordsJoinedBySingleDashes() {
        assertThat(errors(list -> MerchantRules.slug("maison-lumiere", list))).isEmpty();
        assertThat(errors(list -> MerchantRules.slug("atelier-22", list))).isEmpty();
        for (String bad : List.of("Maison", "maison lumiere", "-maison", "maison-", "maison--lumiere", "ab", "a".repeat(49),
                "maison_lumiere", "café")) {
            assertThat(errors(list -> MerchantRules.slug(bad, list))).as(bad).extracting(FieldError::field).containsExactly("slug");
        }
        assertThat(errors(list -> MerchantRules.slug(null, list))).hasSize(1);
    }

    @Test
    void slugsThatWouldShadowPlatformPathsAreReserved() {
        assertThat(errors(list -> MerchantRules.slug("admin", list))).singleElement()
                .extracting(FieldError::message).asString().contains("reserved");
        assertThat(errors(list -> MerchantRules.slug("media", list))).hasSize(1);
    }

    @Test
    void ibansAreCheckedByTheirCountryFormatAndCheckDigits() {
        List<FieldError> none = new ArrayList<>();
        assertThat(MerchantRules.iban("se45 5000 0000 0583 9825 7466", none)).isEqualTo("SE4550000000058398257466");
        assertThat(MerchantRules.iban("GB82 WEST 1234 5698 7654 32", none)).isEqualTo("GB82WEST12345698765432");
        assertThat(none).isEmpty();
        for (String bad : List.of("SE45 5000 0000 0583 9825 7467", "GB82 WEST 1234 5698 7654 3", "XX00 1234", "", "SE",
                "DE89 3704 0044 0532 0130 0O")) {
            List<FieldError> errors = new ArrayList<>();
            assertThat(MerchantRules.iban(bad, errors)).as(bad).isNull();
            assertThat(errors).as(bad).extracting(FieldError::field).containsExactly("payoutIban");
        }
        List<FieldError> errors = new ArrayList<>();
        assertThat(MerchantRules.iban(null, errors)).isNull();
        assertThat(errors).hasSize(1);
    }

    @Test
    void countriesAndCurrenciesAreIsoCodes() {
        assertThat(errors(list -> MerchantRules.country("SE", list))).isEmpty();
        assertThat(errors(list -> MerchantRules.country("se", list))).hasSize(1);
        assertThat(errors(list -> MerchantRules.country("XX", list))).hasSize(1);
        List<FieldError> errors = new ArrayList<>();
        assertThat(MerchantRules.currency("SEK", errors).getCurrencyCode()).isEqualTo("SEK");
        assertThat(MerchantRules.currency("XYZ", errors)).isNull();
        assertThat(MerchantRules.currency("sek", errors)).isNull();
        assertThat(errors).hasSize(2);
    }

    @Test
    void namesAreGivenBoundedAndPrintable() {
        assertThat(errors(list -> MerchantRules.name("displayName", "Maison Lumière", 120, list))).isEmpty();
        assertThat(errors(list -> MerchantRules.name("displayName", "  ", 120, list))).hasSize(1);
        assertThat(errors(list -> MerchantRules.name("displayName", "x".repeat(121), 120, list))).hasSize(1);
        assertThat(errors(list -> MerchantRules.name("displayName", "Maison\u0000", 120, list))).hasSize(1);
    }

    private static List<FieldError> errors(Consumer<List<FieldError>> check) {
        List<FieldError> errors = new ArrayList<>();
        check.accept(errors);
        return errors;
    }
}

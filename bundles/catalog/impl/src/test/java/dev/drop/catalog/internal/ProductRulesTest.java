package dev.drop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    private static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void slugsAreMadeFromNamesWithoutAccentsOrPunctuation() {
        assertThat(ProductRules.slugOf("Oud Ambré — Eau de Parfum")).isEqualTo("oud-ambre-eau-de-parfum");
        assertThat(ProductRules.slugOf("  Iris   Poudré 50ml! ")).isEqualTo("iris-poudre-50ml");
        assertThat(ProductRules.slugOf("香水")).isEqualTo("product");
        assertThat(ProductRules.slugOf("x".repeat(120))).hasSize(96);
    }

    @Test
    void categoriesAndCollectionsGetTheSlugSentOrOneMadeFromTheirName() {
        assertThat(ProductRules.groupSlug("category", "Eau de Parfum", null)).isEqualTo("eau-de-parfum");
        assertThat(ProductRules.groupSlug("collection", "Winter", "winter-warmers")).isEqualTo("winter-warmers");
        ProblemException refused = catchThrowableOfType(
                () -> ProductRules.groupSlug("collection", " ", "Not A Slug"), ProblemException.class);
        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().detail()).isEqualTo("The collection is not valid.");
        assertThat(refused.problem().errors()).extracting(FieldError::field).containsExactly("name", "slug");
    }

    @Test
    void variantsNeedUniqueSkusPricesInTheMerchantsCurrencyAndStockInRange() {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.variants(List.of(
                new ProductInput.Variant("V-1", "50 ml", Money.of(129000, "SEK"), 3),
                new ProductInput.Variant("V-1", "100 ml", Money.of(100, "EUR"), -1),
                new ProductInput.Variant("V 3", "", null, null)), SEK, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("variants[1].sku", "variants[1].price.currency",
                "variants[1].stock", "variants[2].sku", "variants[2].name", "variants[2].price", "variants[2].stock");
    }

    @Test
    void pricesAndStockAreBounded() {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.variants(List.of(new ProductInput.Variant("V-1", "50 ml", Money.of(ProductRules.MAX_PRICE + 1, "SEK"),
                ProductRules.MAX_STOCK + 1)), SEK, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("variants[0].price.amount", "variants[0].stock");
    }

    @Test
    void attributesAndTextsAreBoundedAndPrintable() {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.attributes(Map.of("notes", "bergamot, rose, oud", "", "empty key"), errors);
        ProductRules.text("name", "Rose\u0007", 200, true, errors);
        ProductRules.text("description", "line one\nline two", 20_000, false, errors);
        ProductRules.text("brand", null, 120, false, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("attributes", "name");
    }

    @Test
    void skusAreShortPlainCodes() {
        for (String good : List.of("NP-ROSE-50", "a", "SKU_1.2/3")) {
            List<FieldError> errors = new ArrayList<>();
            ProductRules.sku("sku", good, errors);
            assertThat(errors).as(good).isEmpty();
        }
        for (String bad : List.of("", "-lead", "has space", "x".repeat(65), "ünïcode")) {
            List<FieldError> errors = new ArrayList<>();
            ProductRules.sku("sku", bad, errors);
            assertThat(errors).as(bad).hasSize(1);
        }
    }
}

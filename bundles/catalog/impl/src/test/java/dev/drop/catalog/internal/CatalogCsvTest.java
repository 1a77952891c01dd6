package dev.drop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void rowsOfOneSkuAreOneProductWithAVariantEach() {
        CatalogCsv.Sheet sheet = read("\uFEFFsku,name,status,categories,variant_sku,variant_name,price,stock,attribute:notes\n"
                + "A,Amber,PUBLISHED,eau-de-parfum|gifts,A-50,50 ml,1290,3,\"amber, vanilla\"\n"
                + "A,Amber,PUBLISHED,eau-de-parfum|gifts,A-100,100 ml,1890.5,0,\"amber, vanilla\"\n"
                + "B,Birch,,,,,,,\n");
        assertThat(sheet.errors()).isEmpty();
        assertThat(sheet.products()).hasSize(2);
        CatalogCsv.Imported amber = sheet.products().get(0);
        assertThat(amber.row()).isEqualTo(2);
        assertThat(amber.categorySlugs()).containsExactly("eau-de-parfum", "gifts");
        assertThat(amber.product().attributes()).containsEntry("notes", "amber, vanilla");
        assertThat(amber.product().variants()).extracting(variant -> variant.price().amount()).containsExactly(129000L, 189050L);
        assertThat(sheet.products().get(1).product().variants()).isEmpty();
    }

    @Test
    void everyBadCellIsReportedWithItsRow() {
        CatalogCsv.Sheet sheet = read("sku,name,status,variant_sku,price,stock\n"
                + "A,Amber,LIVE,A-50,12.3456,3\n"
                + "A,Other name,LIVE,A-100,1e9,x\n"
                + ",Nameless,,,,\n"
                + "C,Cedar,,,100,\n");
        assertThat(sheet.errors()).extracting(FieldError::field).containsExactly("row 2: status", "row 2: price",
                "row 3: status", "row 3", "row 3: price", "row 3: stock", "row 4: sku", "row 5: variant_sku");
    }

    @Test
    void aSheetWithUnknownOrMissingColumnsIsRefusedAsAWhole() {
        assertThat(read("sku,colour\nA,red\n").errors()).extracting(FieldError::message)
                .anySatisfy(message -> assertThat(message).contains("unknown column 'colour'"))
                .anySatisfy(message -> assertThat(message).contains("'name' is missing"));
        assertThat(read("").errors()).hasSize(1);
        assertThatThrownBy(() -> read("sku,name\n\"A,B\n")).isInstanceOf(ProblemException.class)
                .hasMessageNotContaining("Exception");
    }

    private static CatalogCsv.Sheet read(String csv) {
        return CatalogCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), SEK);
    }
}

package dev.drop.catalog.internal.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    private final Templates templates = new Templates();

    @Test
    void aFailureNamesTheRequestIdToQuote() throws IOException {
        String page = render(Map.of("status", 500, "detail", "Something went wrong on our side.", "reference", "3f9a0c"));
        assertThat(page).contains("<title>Something went wrong</title>").contains("quote <code>3f9a0c</code>");
    }

    @Test
    void aMissingPageAsksForNoReference() throws IOException {
        String page = render(Map.of("status", 404, "detail", "There is no shop <b>x</b>."));
        assertThat(page).contains("<title>Page not found</title>").contains("There is no shop &lt;b&gt;x&lt;/b&gt;.")
                .doesNotContain("quote");
    }

    private String render(Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        templates.render("error.ftlh", model, out);
        return out.toString();
    }
}

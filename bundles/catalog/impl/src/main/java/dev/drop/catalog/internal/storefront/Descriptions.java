package dev.drop.catalog.internal.storefront;

import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Product descriptions as HTML: plain text, or the safe Markdown subset of paragraphs, emphasis, lists, quotes,
 * code and links. Any HTML the merchant typed is shown as text, link targets are limited to safe schemes, and
 * images become their alt text (a description must not pull pictures from elsewhere).
 */
final class Descriptions {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class, BlockQuote.class))
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow ugc noopener");
                }
            })
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Descriptions() {
    }

    static String html(String description) {
        return description == null || description.isBlank() ? "" : RENDERER.render(parse(description));
    }

    /** The description as plain text on one line, shortened to {@code max} characters, for meta tags and JSON-LD. */
    static String summary(String description, int max) {
        if (description == null || description.isBlank()) {
            return "";
        }
        String text = TEXT.render(parse(description)).replaceAll("\\s+", " ").strip();
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static Node parse(String description) {
        Node document = PARSER.parse(description);
        replaceImagesByTheirText(document);
        return document;
    }

    private static void replaceImagesByTheirText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node part = image.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof Text text) {
                        alt.append(text.getLiteral());
                    }
                }
                child.insertBefore(new Text(alt.toString()));
                child.unlink();
            } else {
                replaceImagesByTheirText(child);
            }
            child = next;
        }
    }
}

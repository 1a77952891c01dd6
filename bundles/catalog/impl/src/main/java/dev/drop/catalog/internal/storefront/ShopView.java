package dev.drop.catalog.internal.storefront;

import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.merchants.Merchant;
import java.util.List;
import java.util.Optional;

/** The shop a storefront page belongs to: its name, paths, top-level categories and how it shows prices. */
public record ShopView(Merchant merchant, String slug, String name, String home, List<StorefrontServlet.Link> categories,
                       List<CategoryRow> allCategories, Prices prices) {

    static ShopView of(Merchant merchant, List<CategoryRow> categories) {
        String home = "/shop/" + merchant.slug() + "/";
        List<StorefrontServlet.Link> top = categories.stream().filter(category -> category.parentId() == null)
                .map(category -> new StorefrontServlet.Link(category.name(), home + "c/" + category.slug(), false)).toList();
        return new ShopView(merchant, merchant.slug(), merchant.displayName(), home, top, categories,
                new Prices(merchant.country(), merchant.currency()));
    }

    /** The categories directly inside this one, as links. */
    List<StorefrontServlet.Link> childrenOf(CategoryRow parent) {
        return allCategories.stream().filter(category -> parent.id().equals(category.parentId()))
                .map(category -> new StorefrontServlet.Link(category.name(), home + "c/" + category.slug(), false)).toList();
    }

    Optional<CategoryRow> category(String slug) {
        return allCategories.stream().filter(category -> category.slug().equals(slug)).findFirst();
    }
}

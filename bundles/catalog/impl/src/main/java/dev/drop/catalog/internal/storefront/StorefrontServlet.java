package dev.drop.catalog.internal.storefront;

import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.PublicCatalog;
import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.merchants.Merchant;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.RequestIds;
import dev.drop.transactions.Checkout;
import dev.drop.transactions.CheckoutLine;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public storefront, rendered on the server: {@code /shop/<shop>/} (all products), {@code .../c/<category>},
 * {@code .../collections/<collection>}, {@code .../search?q=} and {@code .../p/<product>}, whose form posts to
 * {@code .../p/<product>/buy} while transactions' checkout runs and the shop takes payments. Anything else under
 * {@code /shop} is the styled 404 page.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/shop/*",
        "osgi.http.whiteboard.servlet.name=drop-storefront"})
public final class StorefrontServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StorefrontServlet.class);
    private static final int PAGE_SIZE = 24;
    /** Under "-", which no shop's slug can be. */
    private static final String STYLESHEET = "/-/storefront.css";
    private static final List<Map.Entry<String, String>> SORTS = List.of(Map.entry("name", "Name"),
            Map.entry("newest", "Newest"), Map.entry("price", "Price, low to high"), Map.entry("price_desc", "Price, high to low"));

    private final transient PublicCatalog catalog;
    private final transient Templates templates = new Templates();
    /** Present while the transactions module runs: shops that take payments sell through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile transient Checkout checkout;

    @Activate
    public StorefrontServlet(@Reference PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<String> parts = Arrays.asList(path.substring(1).split("/", -1));
        if (path.equals(STYLESHEET)) {
            stylesheet(request, response);
            return;
        }
        if (parts.size() == 1 && !parts.get(0).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "/shop/" + encode(parts.get(0)) + "/");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        try {
            if (parts.get(0).isEmpty()) {
                throw notFound();
            }
            Merchant merchant = catalog.shop(parts.get(0));
            ShopView shop = ShopView.of(merchant, catalog.categories(merchant));
            model.put("shop", shop);
            String template = route(parts, shop, request, response, model);
            render(response, HttpServletResponse.SC_OK, template, model);
        } catch (ProblemException e) {
            problem(response, e, model);
        } catch (RuntimeException e) {
            failure(response, path, e);
        }
    }

    /** {@code .../p/<product>/buy}: opens a payment request for the chosen size and quantity, then its pay page. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<String> parts = Arrays.asList(path.substring(1).split("/", -1));
        Map<String, Object> model = new HashMap<>();
        try {
            if (parts.size() != 4 || !parts.get(1).equals("p") || !parts.get(3).equals("buy")) {
                throw ProblemType.METHOD_NOT_ALLOWED.exception("Only a product's buy form is sent here.");
            }
            Merchant merchant = catalog.shop(parts.get(0));
            model.put("shop", ShopView.of(merchant, List.of()));
            BuyForm.checkOrigin(request, request.getScheme() + "://" + request.getServerName() + port(request));
            catalog.product(merchant, parts.get(2));
            Checkout current = checkout;
            if (current == null || !current.takesPayments(merchant.id())) {
                throw ProblemType.UNAVAILABLE.exception("This shop does not take payments right now.");
            }
            CheckoutLine line = BuyForm.line(request);
            String payPage = current.open(BuyForm.requestId(request, merchant.id(), line), merchant.id(), List.of(line));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", payPage);
        } catch (ProblemException e) {
            problem(response, e, model);
        } catch (RuntimeException e) {
            failure(response, path, e);
        }
    }

    private Optional<BuyForm.View> buyForm(ShopView shop, ProductDetails product, HttpServletRequest request,
                                           HttpServletResponse response) {
        Checkout current = checkout;
        if (current == null || !product.inStock() || !current.takesPayments(shop.merchant().id())) {
            return Optional.empty();
        }
        return Optional.of(BuyForm.render(request, response, shop.home() + "p/" + product.slug()));
    }

    private void problem(HttpServletResponse response, ProblemException e, Map<String, Object> model) throws IOException {
        int status = e.problem().status();
        Map<String, Object> error = new HashMap<>();
        error.put("status", status >= 400 && status < 500 || status == 503 ? status : 400);
        error.put("detail", e.problem().detail());
        Optional.ofNullable(e.problem().errors()).flatMap(errors -> errors.stream().findFirst())
                .ifPresent(field -> error.put("detail", e.problem().detail() + " " + sentence(field.message())));
        Optional.ofNullable(model.get("shop")).ifPresent(shop -> error.put("shop", shop));
        render(response, (int) error.get("status"), "error.ftlh", error);
    }

    private void failure(HttpServletResponse response, String path, RuntimeException e) throws IOException {
        LOG.error("storefront page {} failed", path, e);
        render(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.ftlh", Map.of("status", 500,
                "detail", "Something went wrong on our side. Please try again in a moment.",
                "reference", response.getHeader(RequestIds.HEADER)));
    }

    private String route(List<String> parts, ShopView shop, HttpServletRequest request, HttpServletResponse response,
                         Map<String, Object> model) {
        String base = request.getScheme() + "://" + request.getServerName() + port(request);
        if (parts.size() == 2 && parts.get(1).isEmpty()) {
            list(shop, new Listing(null, null, null), request, model, "All products", shop.home(), base);
            model.put("title", shop.name());
            model.put("chips", catalog.collections(shop.merchant()).stream()
                    .map(collection -> new Link(collection.name(), shop.home() + "collections/" + collection.slug(), false)).toList());
            model.put("chipsLabel", "Collections");
            return "list.ftlh";
        }
        if (parts.size() == 2 && parts.get(1).equals("search")) {
            String query = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
            list(shop, new Listing(null, null, query.isEmpty() ? null : query), request, model,
                    query.isEmpty() ? "Search" : "Search results for “" + query + "”", shop.home() + "search", base);
            model.put("query", query);
            return "list.ftlh";
        }
        if (parts.size() == 3 && parts.get(1).equals("c")) {
            CategoryRow category = shop.category(parts.get(2)).orElseThrow(StorefrontServlet::notFound);
            list(shop, new Listing(category.slug(), null, null), request, model, category.name(),
                    shop.home() + "c/" + category.slug(), base);
            model.put("currentCategory", category.slug());
            model.put("chips", shop.childrenOf(category));
            model.put("chipsLabel", "Inside " + category.name());
            return "list.ftlh";
        }
        if (parts.size() == 3 && parts.get(1).equals("collections")) {
            CollectionRow collection = catalog.collections(shop.merchant()).stream()
                    .filter(row -> row.slug().equals(parts.get(2))).findFirst().orElseThrow(StorefrontServlet::notFound);
            list(shop, new Listing(null, collection.slug(), null), request, model, collection.name(),
                    shop.home() + "collections/" + collection.slug(), base);
            return "list.ftlh";
        }
        if (parts.size() == 3 && parts.get(1).equals("p")) {
            product(shop, parts.get(2), model, base);
            buyForm(shop, (ProductDetails) model.get("product"), request, response).ifPresent(form -> model.put("buy", form));
            return "product.ftlh";
        }
        throw notFound();
    }

    /** What a list page shows: a category (with its subcategories), a collection or a search; all null for everything. */
    private record Listing(String category, String collection, String query) {
    }

    private void list(ShopView shop, Listing listing, HttpServletRequest request, Map<String, Object> model,
                      String heading, String listPath, String base) {
        String category = listing.category();
        String query = listing.query();
        String sort = Optional.ofNullable(request.getParameter("sort")).orElse("name");
        Page<Product> page = catalog.search(shop.merchant(), new PublicCatalog.Search(query, category, listing.collection(), null, null,
                null, null, sort), PageRequest.of(request.getParameter("cursor"), PAGE_SIZE), PublicCatalog.Detail.GRID);
        List<ProductCard> cards = page.items().stream().map(product -> ProductCard.of(product, shop.home(), shop.prices())).toList();
        String queryPart = query == null ? "" : "q=" + encode(query) + "&";
        model.put("heading", heading);
        model.put("cards", cards);
        model.put("sorts", SORTS.stream().map(entry -> new Link(entry.getValue(), listPath + "?" + queryPart + "sort=" + entry.getKey(),
                        entry.getKey().equals(sort))).toList());
        model.put("next", page.nextCursor() == null ? null
                : listPath + "?" + queryPart + "sort=" + encode(sort) + "&cursor=" + encode(page.nextCursor()));
        model.put("title", heading + " · " + shop.name());
        model.put("description", "The " + (category == null ? "" : heading + " ") + "collection of " + shop.name() + ".");
        model.put("canonical", base + listPath);
        model.put("ogImage", cards.stream().filter(card -> card.picture() != null).findFirst()
                .map(card -> base + card.picture().src()).orElse(null));
    }

    private void product(ShopView shop, String slug, Map<String, Object> model, String base) {
        Product product = catalog.product(shop.merchant(), slug);
        ProductDetails details = ProductDetails.of(product, shop.prices());
        String url = base + shop.home() + "p/" + product.row().slug();
        List<String> images = details.pictures().stream().map(picture -> base + picture.src()).toList();
        model.put("product", details);
        model.put("title", (product.row().seoTitle() != null ? product.row().seoTitle() : product.row().name()) + " · "
                + shop.name());
        model.put("description", product.row().seoDescription() != null ? product.row().seoDescription()
                : summary(product.row().description(), product.row().name() + " from " + shop.name() + "."));
        model.put("canonical", url);
        model.put("ogType", "product");
        model.put("ogImage", images.isEmpty() ? null : images.get(0));
        model.put("jsonLd", ProductJsonLd.of(product, shop.name(), url, images, shop.prices()));
    }

    private void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'self'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        try {
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            templates.render(template, model, out);
            out.flush();
        } catch (RuntimeException e) {
            LOG.error("storefront template {} failed", template, e);
            if (!response.isCommitted()) {
                String requestId = response.getHeader(RequestIds.HEADER);
                response.reset();
                response.setHeader(RequestIds.HEADER, requestId);
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private void stylesheet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = templates.stylesheetTag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.getOutputStream().write(templates.stylesheet());
    }

    /** A link of a list of choices, marked when it is the one showing. */
    public record Link(String label, String url, boolean current) {
    }

    private static String summary(String description, String fallback) {
        String summary = Descriptions.summary(description, 160);
        return summary.isEmpty() ? fallback : summary;
    }

    private static String sentence(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1) + ".";
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = (port == 80 && "http".equals(request.getScheme())) || (port == 443 && "https".equals(request.getScheme()));
        return standard ? "" : ":" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ProblemException notFound() {
        return ProblemType.NOT_FOUND.exception("There is no such page.");
    }
}

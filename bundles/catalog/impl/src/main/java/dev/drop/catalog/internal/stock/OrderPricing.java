package dev.drop.catalog.internal.stock;

import dev.drop.catalog.CatalogPricing;
import dev.drop.catalog.OrderLine;
import dev.drop.catalog.PricedLine;
import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.SaleVariant;
import dev.drop.catalog.internal.persistence.StockMapper;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Prices order lines from the variants on sale now: published products only, never more than is in stock. */
@Component(service = CatalogPricing.class)
public final class OrderPricing implements CatalogPricing {

    static final int MAX_LINES = 50;
    static final int MAX_QUANTITY = 999;

    private final Transactions transactions;

    @Activate
    public OrderPricing(@Reference CatalogStore store) {
        this(store.transactions());
    }

    OrderPricing(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<PricedLine> price(UUID merchantId, List<OrderLine> lines) {
        validate(lines);
        Set<String> skus = lines.stream().map(OrderLine::sku).collect(Collectors.toSet());
        Map<String, SaleVariant> variants = transactions.query(db -> db.getMapper(StockMapper.class)
                .variantsBySku(merchantId, skus)).stream().collect(Collectors.toMap(SaleVariant::sku, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            SaleVariant variant = variants.get(line.sku());
            if (variant == null || !ProductStatus.PUBLISHED.name().equals(variant.status())) {
                errors.add(new FieldError("lines[" + i + "].sku", "no product on sale has this SKU"));
            } else if (variant.stock() < line.quantity()) {
                errors.add(new FieldError("lines[" + i + "].quantity", variant.stock() == 0 ? "sold out"
                        : "only " + variant.stock() + " left"));
            } else {
                priced.add(new PricedLine(line.sku(), nameOf(variant), line.quantity(),
                        Money.of(variant.price(), variant.currency())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemType.UNPROCESSABLE.exception("Some of the order cannot be sold.", errors);
        }
        return priced;
    }

    static String nameOf(SaleVariant variant) {
        return variant.productName() + " – " + variant.variantName();
    }

    private static void validate(List<OrderLine> lines) {
        List<FieldError> errors = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "1 to " + MAX_LINES + " lines"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                if (line == null || line.sku() == null || line.sku().isBlank() || line.sku().length() > 64) {
                    errors.add(new FieldError("lines[" + i + "].sku", "is required, at most 64 characters"));
                } else if (!seen.add(line.sku())) {
                    errors.add(new FieldError("lines[" + i + "].sku", "appears twice; give one line per SKU"));
                }
                if (line != null && (line.quantity() < 1 || line.quantity() > MAX_QUANTITY)) {
                    errors.add(new FieldError("lines[" + i + "].quantity", "1 to " + MAX_QUANTITY));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The order lines are not valid.", errors);
        }
    }
}

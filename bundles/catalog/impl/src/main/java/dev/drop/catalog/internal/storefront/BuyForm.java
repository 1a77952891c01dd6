package dev.drop.catalog.internal.storefront;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.CheckoutLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The "Buy with Drop" form of a product page, without JavaScript. Against cross-site posts it carries the value of a
 * same-site, script-proof cookie (a double-submit token) and the post's Origin, when sent, must be this site. Each
 * rendering has its own form id: submitting one twice opens one payment request, not two.
 */
public final class BuyForm {

    static final String COOKIE = "drop_shop_csrf";
    static final int MAX_QUANTITY = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the product page needs to draw the form. */
    public record View(String action, String csrf, String form, int maxQuantity) {
    }

    private BuyForm() {
    }

    /** The form's fields for a product page; sets the token's cookie when the browser has none yet. */
    static View render(HttpServletRequest request, HttpServletResponse response, String productPath) {
        String token = token(request).orElseGet(() -> {
            String fresh = random();
            // the servlet API of this container has no SameSite attribute: it goes in as a header of its own
            response.addHeader("Set-Cookie", COOKIE + "=" + fresh + "; Path=/shop/; HttpOnly; SameSite=Strict"
                    + (request.isSecure() ? "; Secure" : ""));
            return fresh;
        });
        return new View(productPath + "/buy", token, UUID.randomUUID().toString(), MAX_QUANTITY);
    }

    /** Checks a posted form comes from our own page in this browser; a 403 when not. */
    static void checkOrigin(HttpServletRequest request, String site) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(site)) {
            throw ProblemType.FORBIDDEN.exception("The form was sent from another site.");
        }
        String sent = Optional.ofNullable(request.getParameter("csrf")).orElse("");
        String expected = token(request).orElse("");
        if (expected.isEmpty() || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemType.FORBIDDEN.exception("The form has expired. Go back to the product, reload it and try again.");
        }
    }

    /** The chosen size and quantity, as a checkout line. */
    static CheckoutLine line(HttpServletRequest request) {
        String sku = Optional.ofNullable(request.getParameter("sku")).map(String::strip).orElse("");
        String quantity = Optional.ofNullable(request.getParameter("quantity")).map(String::strip).orElse("");
        if (sku.isEmpty() || sku.length() > 64) {
            throw ProblemType.VALIDATION.exception("Choose a size.", List.of(new FieldError("sku", "is required")));
        }
        if (!quantity.matches("[0-9]{1,3}") || Integer.parseInt(quantity) < 1 || Integer.parseInt(quantity) > MAX_QUANTITY) {
            throw ProblemType.VALIDATION.exception("Choose a quantity from 1 to " + MAX_QUANTITY + ".",
                    List.of(new FieldError("quantity", "1 to " + MAX_QUANTITY)));
        }
        return new CheckoutLine(sku, Integer.parseInt(quantity));
    }

    /** The payment request's id: the same for the same rendering of the form, size and quantity. */
    static UUID requestId(HttpServletRequest request, UUID merchant, CheckoutLine line) {
        String form = Optional.ofNullable(request.getParameter("form")).orElse("");
        if (!form.matches("[0-9a-f-]{36}")) {
            throw ProblemType.VALIDATION.exception("The form is incomplete. Reload the product page and try again.");
        }
        return UUID.nameUUIDFromBytes(("storefront:" + merchant + ":" + form + ":" + line.sku() + ":" + line.quantity())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{22}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

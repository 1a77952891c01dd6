package dev.drop.cards.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A card's controls: what they forbid, what they refuse to be, and how the card's row keeps them. */
class ControlsTest {

    private static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void channelsCategoriesAndCountriesAreForbiddenAsSet() {
        Controls controls = new Controls(null, null, null, List.of("7995"), List.of("SE", "NO"), false, null);
        assertEquals(Optional.of("online payments are turned off"), controls.forbids("ONLINE", "5411", "SE"));
        assertEquals(Optional.empty(), controls.forbids("CONTACTLESS", "5411", "SE"));
        assertEquals(Optional.of("merchant category 7995 is blocked"), controls.forbids("CHIP", "7995", "SE"));
        assertEquals(Optional.of("payments in FR are not allowed"), controls.forbids("CHIP", "5411", "FR"));
        assertEquals(Optional.empty(), Controls.none().forbids("ONLINE", "7995", "FR"));
    }

    @Test
    void limitsInAnotherCurrencyOrBadCodesAreRefusedNamingTheField() {
        Controls bad = new Controls(Money.of(100, "EUR"), Money.of(0, "SEK"), null, List.of("79"), List.of("se"), true, true);
        ProblemException refused = assertThrows(ProblemException.class, () -> bad.validated(SEK));
        assertEquals(400, refused.problem().status());
        assertEquals(List.of("controls.perAuthorization.currency", "controls.daily.amount", "controls.blockedMccs",
                "controls.allowedCountries"), refused.problem().errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theRowKeepsThemAsTheyWere() {
        Controls controls = new Controls(Money.of(50_000, "SEK"), null, Money.of(900_000, "SEK"), List.of("7995"), List.of(),
                true, false).validated(SEK);
        assertEquals(controls, Controls.parse(controls.json(SEK)));
        assertEquals(Controls.none(), Controls.parse(Controls.none().json(SEK)));
    }
}

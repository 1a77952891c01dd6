package dev.drop.cards.internal.rest;

import dev.drop.cards.internal.card.Cards;
import dev.drop.cards.internal.card.Controls;
import dev.drop.cards.internal.network.Authorizations;
import dev.drop.cards.internal.persistence.AuthorizationRow;
import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.cards.internal.persistence.StepRow;
import dev.drop.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The cards module's JSON: the number only masked, except in the owner's reveal. */
final class CardViews {

    private CardViews() {
    }

    record CardView(UUID id, UUID walletId, String nickname, String last4, String maskedPan, int expMonth, int expYear,
                    String status, Controls controls, Instant createdAt) {
        static CardView of(CardRow row) {
            return new CardView(row.id(), row.walletId(), row.nickname(), row.last4(), row.maskedPan(), row.expMonth(),
                    row.expYear(), row.status(), Controls.parse(row.controls()), row.createdAt());
        }
    }

    record CardList(List<CardView> items) {
    }

    record RevealedView(String pan, String cvv, int expMonth, int expYear) {
        static RevealedView of(Cards.Revealed revealed) {
            return new RevealedView(revealed.pan(), revealed.cvv(), revealed.expMonth(), revealed.expYear());
        }
    }

    /** What the network hears back. */
    record Answer(UUID id, boolean approved, String responseCode, String reason, String status) {
        static Answer of(AuthorizationRow row, Authorizations authorizations) {
            return new Answer(row.id(), row.approved(), row.responseCode(), row.reason(), authorizations.statusOf(row));
        }
    }

    record MerchantView(String name, String mcc, String country) {
    }

    record StepView(UUID id, String kind, Money amount, boolean last, Instant at) {
    }

    /** An authorization as the card's owner or the network sees it: what was asked, decided, held and cleared. */
    record AuthorizationView(UUID id, UUID cardId, boolean approved, String responseCode, String reason, String status,
                             Money amount, Money held, String rate, Money cleared, Money reversed, Money refunded,
                             MerchantView merchant,
                             String channel, Instant holdExpiresAt, Instant createdAt, List<StepView> steps) {
        static AuthorizationView of(AuthorizationRow row, List<StepRow> steps, Authorizations authorizations) {
            return new AuthorizationView(row.id(), row.cardId(), row.approved(), row.responseCode(), row.reason(),
                    authorizations.statusOf(row), Money.of(row.amount(), row.currency()),
                    row.walletCurrency() == null ? null : Money.of(row.held(), row.walletCurrency()), row.rate(),
                    Money.of(row.cleared(), row.currency()), Money.of(row.reversed(), row.currency()),
                    Money.of(row.refunded(), row.currency()),
                    new MerchantView(row.merchantName(), row.mcc(), row.country()), row.channel(), row.holdExpiresAt(),
                    row.createdAt(), steps == null ? null : steps.stream().map(step -> new StepView(step.id(), step.kind(),
                            Money.of(step.amount(), row.currency()), step.finalStep(), step.createdAt())).toList());
        }
    }

    record AuthorizationList(List<AuthorizationView> items) {
    }
}

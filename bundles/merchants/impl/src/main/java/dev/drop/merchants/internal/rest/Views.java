package dev.drop.merchants.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantRole;
import dev.drop.merchants.MerchantStatus;
import dev.drop.merchants.internal.ApiKeys;
import dev.drop.merchants.internal.Merchants;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON the merchants routes answer with. */
final class Views {

    private Views() {
    }

    /** A merchant as its staff and the platform's reviewers see it; {@code payoutIban} only for owners and reviewers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MerchantView(UUID id, String slug, String displayName, String legalName, String country, String currency,
                        String organisationNumber, String payoutIban, MerchantStatus status, MerchantRole yourRole,
                        Instant createdAt, Instant updatedAt, long version) {

        static MerchantView of(Merchants.Details details, MerchantRole role, boolean showPayout) {
            Merchant merchant = details.merchant();
            return new MerchantView(merchant.id(), merchant.slug(), merchant.displayName(), merchant.legalName(),
                    merchant.country(), merchant.currency().getCurrencyCode(), merchant.organisationNumber(),
                    showPayout ? masked(details.payoutIban(), role == MerchantRole.OWNER || role == null) : null,
                    merchant.status(), role, merchant.createdAt(), merchant.updatedAt(), merchant.version());
        }

        /** Managers see that a payout account is set, not the account: the last four characters. */
        private static String masked(String iban, boolean whole) {
            return whole ? iban : "…" + iban.substring(Math.max(0, iban.length() - 4));
        }
    }

    record MerchantList(List<MerchantView> merchants, String next) {
    }

    record Member(UUID userId, String email, MerchantRole role, Instant addedAt) {

        static Member of(Merchants.Member member) {
            return new Member(member.userId(), member.email(), member.role(), member.addedAt());
        }
    }

    record Staff(List<Member> staff) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Key(UUID id, String name, String prefix, Set<String> scopes, Instant createdAt, String createdBy,
               Instant lastUsedAt, Instant revokedAt, String secret) {

        static Key of(ApiKeys.Key key) {
            return new Key(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), key.createdBy(),
                    key.lastUsedAt(), key.revokedAt(), null);
        }

        static Key created(ApiKeys.Created created) {
            ApiKeys.Key key = created.key();
            return new Key(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), key.createdBy(), null, null,
                    created.secret());
        }
    }

    record Keys(List<Key> keys) {
    }
}

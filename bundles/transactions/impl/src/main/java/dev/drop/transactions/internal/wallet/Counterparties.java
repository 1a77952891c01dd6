package dev.drop.transactions.internal.wallet;

import dev.drop.auth.UserAccount;
import dev.drop.auth.UserDirectory;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.transactions.Account;
import dev.drop.transactions.internal.ledger.StoredLedger;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Who is on the other side of a statement line, in words a customer recognises. */
@Component(service = Counterparties.class)
public final class Counterparties {

    private final StoredLedger ledger;
    private final UserDirectory users;
    private volatile MerchantDirectory merchants;

    @Activate
    public Counterparties(@Reference StoredLedger ledger, @Reference UserDirectory users) {
        this.ledger = ledger;
        this.users = users;
    }

    // optional: statements still read while the merchants module is off, naming merchants generically
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMerchants(MerchantDirectory directory) {
        this.merchants = directory;
    }

    void unbindMerchants(MerchantDirectory directory) {
        if (this.merchants == directory) {
            this.merchants = null;
        }
    }

    /** Names accounts, each looked up once. */
    public Namer namer() {
        return new Namer();
    }

    /** Names for the lines of one statement page. */
    public final class Namer {
        private final Map<UUID, String> names = new HashMap<>();

        public String name(UUID account) {
            return names.computeIfAbsent(account, id -> ledger.account(id).map(Counterparties.this::describe).orElse("unknown"));
        }
    }

    private String describe(Account account) {
        String owner = account.owner().id();
        return switch (account.owner().type()) {
            case USER -> users.find(UUID.fromString(owner)).map(UserAccount::email).orElse("a former Drop user");
            case MERCHANT -> {
                MerchantDirectory directory = merchants;
                yield directory == null ? "a merchant" : directory.find(UUID.fromString(owner)).map(Merchant::displayName)
                        .orElse("a merchant");
            }
            case PLATFORM -> switch (account.kind()) {
                case CLEARING -> "your bank (" + owner.replaceFirst("^rail:", "") + ")";
                case FEES -> "Drop fees";
                case FX -> "currency exchange";
                default -> "Drop";
            };
        };
    }
}

package dev.drop.auth.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code auth} schema, migrated when the module starts, shared by the module's components. */
@Component(service = AuthStore.class, immediate = true)
public final class AuthStore {

    private final Transactions transactions;

    @Activate
    public AuthStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("auth", AuthStore.class,
                List.of(AccountMapper.class, SessionMapper.class, SecretsMapper.class, ThrottleMapper.class),
                List.of(AccountRow.class, SessionRow.class, RefreshTokenRow.class, SigningKeyRow.class, ThrottleRow.class,
                        TotpRow.class, OidcPendingRow.class)));
    }

    public Transactions transactions() {
        return transactions;
    }
}

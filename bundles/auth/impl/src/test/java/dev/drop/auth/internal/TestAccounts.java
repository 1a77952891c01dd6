package dev.drop.auth.internal;

import dev.drop.auth.internal.persistence.AccountMapper;
import dev.drop.auth.internal.persistence.AccountRow;
import dev.drop.auth.internal.persistence.AuthStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Accounts as registration stores them, for tests that need one to exist. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Stores an unlocked account without a password and returns its id. */
    public static UUID insert(AuthStore store, String email) {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.transactions().run(db -> db.getMapper(AccountMapper.class)
                .insert(new AccountRow(account, email, null, false, null, now, null)));
        return account;
    }
}

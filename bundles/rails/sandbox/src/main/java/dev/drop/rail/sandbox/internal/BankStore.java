package dev.drop.rail.sandbox.internal;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.SqlFailures;
import dev.drop.platform.db.Transactions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bank's schema ({@code rail_sandbox}), migrated when the rail starts, and the secret it signs callbacks with. */
@Component(service = BankStore.class, configurationPid = SandboxConfig.PID)
public final class BankStore {

    private static final String SECRET = "callback-secret";

    private final Transactions transactions;
    private final String secret;

    @Activate
    public BankStore(@Reference Database database, SandboxConfig config) {
        this.transactions = database.open(ModuleSchema.of("rail_sandbox", BankStore.class, List.of(BankMapper.class),
                List.of(PaymentRow.class, CallbackRow.class)));
        this.secret = config._secret().isBlank() ? sharedSecret() : config._secret().strip();
    }

    public Transactions transactions() {
        return transactions;
    }

    /** The Standard Webhooks secret, {@code whsec_} and the base64 of the HMAC key. */
    public String secret() {
        return secret;
    }

    private String sharedSecret() {
        String existing = transactions.query(session -> session.getMapper(BankMapper.class).setting(SECRET)).orElse(null);
        if (existing != null) {
            return existing;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String generated = "whsec_" + Base64.getEncoder().encodeToString(key);
        try {
            transactions.run(session -> session.getMapper(BankMapper.class).insertSetting(SECRET, generated));
            return generated;
        } catch (RuntimeException raced) {
            if (!SqlFailures.isUniqueViolation(raced)) {
                throw raced;
            }
            // another node generated it at the same moment: every node signs with that one
            return transactions.query(session -> session.getMapper(BankMapper.class).setting(SECRET)).orElseThrow();
        }
    }
}

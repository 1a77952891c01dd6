package dev.drop.merchants.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code merchants} schema, migrated when the module starts, shared by the module's components. */
@Component(service = MerchantsStore.class, immediate = true)
public final class MerchantsStore {

    private final Transactions transactions;

    @Activate
    public MerchantsStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("merchants", MerchantsStore.class, List.of(MerchantMapper.class),
                List.of(MerchantRow.class, StaffRow.class, ApiKeyRow.class)));
    }

    public Transactions transactions() {
        return transactions;
    }
}

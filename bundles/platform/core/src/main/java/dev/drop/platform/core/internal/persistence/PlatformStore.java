package dev.drop.platform.core.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform schema, migrated when this bundle starts, shared by the platform's own components. */
@Component(service = PlatformStore.class, immediate = true)
public final class PlatformStore {

    private final Transactions transactions;

    @Activate
    public PlatformStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("platform", PlatformStore.class,
                List.of(ModuleStateMapper.class, FlagMapper.class, AuditMapper.class, OutboxMapper.class,
                        IdempotencyMapper.class),
                List.of(ModuleStateRow.class, FlagRow.class, FlagAllowRow.class, AuditRow.class, AuditHead.class,
                        EventRow.class, SubscriptionRow.class, DeliveryRow.class, BacklogRow.class,
                        IdempotencyRow.class)));
    }

    public Transactions transactions() {
        return transactions;
    }
}

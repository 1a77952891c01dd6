package dev.drop.cards.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code cards} schema, migrated when the module starts, shared by the module's components. */
@Component(service = CardsStore.class, immediate = true)
public final class CardsStore {

    private final Transactions transactions;

    @Activate
    public CardsStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("cards", CardsStore.class, List.of(CardsMapper.class),
                List.of(CardRow.class, AuthorizationRow.class, StepRow.class)));
    }

    public Transactions transactions() {
        return transactions;
    }
}

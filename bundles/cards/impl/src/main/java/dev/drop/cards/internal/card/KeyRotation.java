package dev.drop.cards.internal.card;

import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.cards.internal.persistence.CardsMapper;
import dev.drop.cards.internal.persistence.CardsStore;
import dev.drop.platform.audit.AuditLog;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Re-encrypts every card number not yet under the active key, a batch per transaction, while cards keep working: a
 * card is readable under its old key until its row is rewritten, and each row is rewritten only if no one else did.
 */
@Component(service = KeyRotation.class)
public final class KeyRotation {

    private static final int BATCH = 200;

    private final CardsStore store;
    private final CardSettings settings;
    private final AuditLog audit;

    @Activate
    public KeyRotation(@Reference CardsStore store, @Reference CardSettings settings, @Reference AuditLog audit) {
        this.store = store;
        this.settings = settings;
        this.audit = audit;
    }

    /** How many cards were moved to the active key. */
    public int rotate(String actor) {
        CardSecrets secrets = settings.secrets();
        String active = secrets.activeKey();
        int moved = 0;
        while (true) {
            int batch = store.transactions().inTransaction(db -> {
                CardsMapper mapper = db.getMapper(CardsMapper.class);
                List<CardRow> cards = mapper.cardsNotUnder(active, BATCH);
                int done = 0;
                for (CardRow card : cards) {
                    String pan = secrets.open(card.id(), new CardSecrets.Sealed(card.panCipher(), card.panKeyId()));
                    CardSecrets.Sealed sealed = secrets.seal(card.id(), pan);
                    done += mapper.updateCipher(card.id(), sealed.cipherText(), sealed.keyId(), card.panKeyId());
                }
                return cards.isEmpty() ? -1 : done;
            });
            if (batch < 0) {
                break;
            }
            moved += batch;
        }
        audit.record(actor, "cards.keys.rotate", "cards", moved + " card numbers re-encrypted under key " + active);
        return moved;
    }
}

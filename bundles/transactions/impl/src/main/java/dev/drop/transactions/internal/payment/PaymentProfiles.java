package dev.drop.transactions.internal.payment;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.internal.persistence.PaymentProfileRow;
import dev.drop.platform.db.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What a merchant tells Drop before taking payments: its category code (ISO 18245) and its city. */
@Component(service = PaymentProfiles.class)
public final class PaymentProfiles {

    static final ProblemType NOT_SET_UP = ProblemType.of("payments-not-set-up", "Payments not set up", 409);

    /** A profile as given or shown. */
    public record Profile(String categoryCode, String city) {
    }

    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public PaymentProfiles(@Reference LedgerStore store) {
        this.transactions = store.transactions();
    }

    public Optional<Profile> find(UUID merchant) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).profile(merchant))
                .map(row -> new Profile(row.categoryCode(), row.city()));
    }

    /** The profile, or a 409 telling the merchant's people to set it up. */
    public Profile require(UUID merchant) {
        return find(merchant).orElseThrow(() -> NOT_SET_UP.exception("The merchant has not set up payments yet: its owner "
                + "gives its category code and city at PUT /api/v1/merchants/" + merchant + "/payment-profile."));
    }

    public Profile save(UUID merchant, Profile profile, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (profile == null || profile.categoryCode() == null || !profile.categoryCode().matches("[0-9]{4}")) {
            errors.add(new FieldError("categoryCode", "four digits, an ISO 18245 merchant category code such as 5977"));
        }
        if (profile == null || profile.city() == null || profile.city().isBlank() || profile.city().length() > 60
                || profile.city().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("city", "1 to 60 characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The payment profile is not valid.", errors);
        }
        PaymentProfileRow row = new PaymentProfileRow(merchant, profile.categoryCode(), profile.city().strip(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor);
        transactions.run(db -> {
            PaymentMapper mapper = db.getMapper(PaymentMapper.class);
            if (mapper.updateProfile(row) == 0) {
                mapper.insertProfile(row);
            }
        });
        return new Profile(row.categoryCode(), row.city());
    }
}

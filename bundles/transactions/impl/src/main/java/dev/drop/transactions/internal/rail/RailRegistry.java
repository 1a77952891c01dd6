package dev.drop.transactions.internal.rail;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.internal.wallet.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The payment rails installed now: each rail's bundle comes and goes live, and its rail with it. */
@Component(service = RailRegistry.class)
public final class RailRegistry {

    static final ProblemType RAIL_UNAVAILABLE = ProblemType.of("rail-unavailable", "Payment rail unavailable", 422);
    static final ProblemType NO_RAIL = ProblemType.of("rail-not-installed", "Payment rail not installed", 503);
    private static final Logger LOG = LoggerFactory.getLogger(RailRegistry.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final Map<String, PaymentRail> rails = new ConcurrentHashMap<>();
    private final String defaultRail;

    @Activate
    public RailRegistry(@Reference Settings settings) {
        this.defaultRail = settings.defaultRail();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRail(PaymentRail rail) {
        if (!NAME.matcher(rail.name()).matches()) {
            LOG.error("ignoring payment rail '{}' ({}): names are lower-case letters, digits and dashes", rail.name(),
                    rail.getClass().getName());
            return;
        }
        rails.put(rail.name(), rail);
    }

    void removeRail(PaymentRail rail) {
        rails.remove(rail.name(), rail);
    }

    public Optional<PaymentRail> find(String name) {
        return Optional.ofNullable(name == null ? null : rails.get(name));
    }

    public List<String> names() {
        return rails.keySet().stream().sorted().toList();
    }

    /** A rail name a client may send: checked before anything else happens (a 400). */
    public static void validateName(String name, String field) {
        if (name != null && !NAME.matcher(name).matches()) {
            throw ProblemType.VALIDATION.exception("The rail name is not valid.", List.of(new FieldError(field,
                    "lower-case letters, digits and dashes, at most 32")));
        }
    }

    /**
     * The rail the client named, or the default one. A named rail that is not installed is a 422 naming those that
     * are; the default one missing is a 503 (an operator is changing rails: try again later).
     */
    public PaymentRail require(String name) {
        String wanted = name == null ? defaultRail : name;
        PaymentRail rail = rails.get(wanted);
        if (rail != null) {
            return rail;
        }
        if (name == null) {
            throw NO_RAIL.exception("The payment rail " + wanted + " is not installed now; try again later.",
                    Map.of("Retry-After", "30"));
        }
        throw RAIL_UNAVAILABLE.exception("There is no payment rail '" + wanted + "' installed"
                + (rails.isEmpty() ? "." : "; there is " + String.join(", ", names()) + "."),
                List.of(new FieldError("rail", "is not installed")));
    }
}

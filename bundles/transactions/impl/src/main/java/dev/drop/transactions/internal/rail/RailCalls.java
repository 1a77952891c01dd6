package dev.drop.transactions.internal.rail;

import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailOutcome;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks a rail for its answer; a rail that fails is a 502, which keeps nothing, so a retry asks again. */
final class RailCalls {

    static final ProblemType BANK_FAILED = ProblemType.of("rail-failed", "The bank did not answer", 502);
    private static final Logger LOG = LoggerFactory.getLogger(RailCalls.class);

    private RailCalls() {
    }

    static RailOutcome ask(PaymentRail rail, Supplier<RailOutcome> call) {
        RailOutcome outcome;
        try {
            outcome = call.get();
        } catch (ProblemException problem) {
            throw problem;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("payment rail {} failed", rail.name(), e);
            throw BANK_FAILED.exception("The bank behind rail " + rail.name() + " did not answer; retry with the same "
                    + "Idempotency-Key.");
        }
        if (outcome == null) {
            throw BANK_FAILED.exception("The bank behind rail " + rail.name() + " gave no answer; retry with the same "
                    + "Idempotency-Key.");
        }
        return outcome;
    }
}

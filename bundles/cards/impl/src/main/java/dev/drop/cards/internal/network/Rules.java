package dev.drop.cards.internal.network;

import dev.drop.cards.AuthorizationRequest;
import dev.drop.cards.AuthorizationRule;
import dev.drop.cards.internal.card.CardSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorization rules other modules contribute, asked in turn with a deadline each. A refusal, a failure and a
 * missed deadline all decline: a rule never lets an authorization through by accident.
 */
@Component(service = Rules.class)
public final class Rules {

    private static final Logger LOG = LoggerFactory.getLogger(Rules.class);

    private final List<AuthorizationRule> rules = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "drop-cards-rule");
        thread.setDaemon(true);
        return thread;
    });
    private final CardSettings settings;

    @Activate
    public Rules(@Reference CardSettings settings) {
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindRule(AuthorizationRule rule) {
        rules.add(rule);
    }

    void unbindRule(AuthorizationRule rule) {
        rules.remove(rule);
    }

    @Deactivate
    void stop() {
        pool.shutdownNow();
    }

    /** Why a rule declines the authorization, if one does. */
    Optional<String> refusal(AuthorizationRequest request) {
        for (AuthorizationRule rule : rules) {
            String name = nameOf(rule);
            Future<Optional<String>> verdict = pool.submit(() -> rule.refusal(request));
            try {
                Optional<String> refused = verdict.get(settings.ruleTimeout().toMillis(), TimeUnit.MILLISECONDS);
                if (refused == null) {
                    return Optional.of("rule " + name + " gave no answer");
                }
                if (refused.isPresent()) {
                    return Optional.of("declined by " + name + ": " + refused.get());
                }
            } catch (TimeoutException e) {
                verdict.cancel(true);
                LOG.warn("authorization rule {} took longer than {} ms; declined", name, settings.ruleTimeout().toMillis());
                return Optional.of("rule " + name + " did not decide in time");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("rule " + name + " was interrupted");
            } catch (Exception e) {
                LOG.warn("authorization rule {} failed; declined", name, e);
                return Optional.of("rule " + name + " failed");
            }
        }
        return Optional.empty();
    }

    private static String nameOf(AuthorizationRule rule) {
        try {
            return rule.name();
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }
}

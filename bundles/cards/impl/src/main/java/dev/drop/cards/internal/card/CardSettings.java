package dev.drop.cards.internal.card;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The cards settings and secrets as the module uses them; a changed configuration reactivates what depends on it. */
@Component(service = CardSettings.class, configurationPid = CardsConfig.PID,
        configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.REQUIRE)
@Designate(ocd = CardsConfig.class)
public final class CardSettings {

    private final BinRange bins;
    private final int validYears;
    private final CardSecrets secrets;
    private final Duration hold;
    private final Duration ruleTimeout;
    private final int revealAttempts;
    private final int maxCardsPerUser;

    @Activate
    public CardSettings(CardsConfig config) {
        this(config.bin(), config.validYears(), new CardSecrets(config.encryptionKeys(), config.activeKey(),
                config.lookupKey(), config.cvvKey()), config.holdSeconds() > 0 ? Duration.ofSeconds(config.holdSeconds())
                        : Duration.ofDays(config.holdDays()),
                Duration.ofMillis(config.ruleTimeoutMillis()), config.revealAttempts(), config.maxCardsPerUser());
    }

    public CardSettings(String bin, int validYears, CardSecrets secrets, Duration hold, Duration ruleTimeout,
                        int revealAttempts, int maxCardsPerUser) {
        if (validYears < 1 || validYears > 10 || hold.isNegative() || hold.isZero() || revealAttempts < 1) {
            throw new IllegalArgumentException("validYears is 1 to 10; holdDays and revealAttempts are above zero");
        }
        this.bins = BinRange.parse(bin);
        this.validYears = validYears;
        this.secrets = secrets;
        this.hold = hold;
        this.ruleTimeout = ruleTimeout;
        this.revealAttempts = revealAttempts;
        this.maxCardsPerUser = maxCardsPerUser;
    }

    public BinRange bins() {
        return bins;
    }

    public int validYears() {
        return validYears;
    }

    public CardSecrets secrets() {
        return secrets;
    }

    public Duration hold() {
        return hold;
    }

    public Duration ruleTimeout() {
        return ruleTimeout;
    }

    public int revealAttempts() {
        return revealAttempts;
    }

    public int maxCardsPerUser() {
        return maxCardsPerUser;
    }
}

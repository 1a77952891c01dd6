package dev.drop.transactions.internal.payment;

import dev.drop.platform.money.Money;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The payments settings as the rest of the module uses them; a change reactivates what depends on them. */
@Component(service = PaymentSettings.class, configurationPid = PaymentsConfig.PID)
@Designate(ocd = PaymentsConfig.class)
public final class PaymentSettings {

    private final int feeBasisPoints;
    private final Duration defaultExpiry;
    private final Duration maxExpiry;
    private final URI publicUrl;

    @Activate
    public PaymentSettings(PaymentsConfig config) {
        this(config.feeBasisPoints(), Duration.ofSeconds(config.defaultExpirySeconds()),
                Duration.ofSeconds(config.maxExpirySeconds()), URI.create(config.publicUrl().replaceAll("/+$", "")));
    }

    public PaymentSettings(int feeBasisPoints, Duration defaultExpiry, Duration maxExpiry, URI publicUrl) {
        if (feeBasisPoints < 0 || feeBasisPoints > 10_000) {
            throw new IllegalArgumentException("feeBasisPoints is between 0 and 10000");
        }
        this.feeBasisPoints = feeBasisPoints;
        this.defaultExpiry = defaultExpiry;
        this.maxExpiry = maxExpiry;
        this.publicUrl = publicUrl;
    }

    /** The fee on a payment of {@code amount}: its share in basis points, rounded half up to a minor unit. */
    public Money feeOn(Money amount) {
        BigInteger share = BigInteger.valueOf(amount.amount()).multiply(BigInteger.valueOf(feeBasisPoints))
                .add(BigInteger.valueOf(5_000)).divide(BigInteger.valueOf(10_000));
        return new Money(share.longValueExact(), amount.currency());
    }

    public Duration defaultExpiry() {
        return defaultExpiry;
    }

    public Duration maxExpiry() {
        return maxExpiry;
    }

    /** The public payment page of a request. */
    public String payUrl(UUID request) {
        return publicUrl + "/pay/" + request;
    }
}

package dev.drop.rates.ecb.internal;

import dev.drop.transactions.ExchangeRate;
import dev.drop.transactions.RateSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rate source of the ECB's daily euro reference rates, read from a URL or a file when it starts and every
 * {@code refreshMinutes}; ranked above the configured table, which answers while this one has nothing current. Any
 * pair of the listed currencies is derived through the euro, to 10 significant digits.
 */
@Component(service = RateSource.class, configurationPid = EcbConfig.PID, property = "service.ranking:Integer=10")
@Designate(ocd = EcbConfig.class)
public final class EcbRateSource implements RateSource {

    private static final Logger LOG = LoggerFactory.getLogger(EcbRateSource.class);
    private static final Currency EURO = Currency.getInstance("EUR");
    private static final MathContext PRECISION = new MathContext(10);
    /** The ECB publishes around 16:00 Central European Time. */
    private static final ZoneId FRANKFURT = ZoneId.of("Europe/Berlin");

    private final String source;
    private final Duration maxAge;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private volatile ReferenceRates current;

    @Activate
    public EcbRateSource(EcbConfig config) {
        this(config.source(), Duration.ofDays(Math.max(1, config.maxAgeDays())), Clock.systemUTC());
        refresher.scheduleWithFixedDelay(this::refresh, 0, Math.max(1, config.refreshMinutes()), TimeUnit.MINUTES);
    }

    EcbRateSource(String source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drop-ecb-rates");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        refresher.shutdownNow();
    }

    @Override
    public String name() {
        return "ecb";
    }

    @Override
    public Optional<ExchangeRate> rate(Currency base, Currency quote) {
        ReferenceRates rates = current;
        if (rates == null || base.equals(quote) || LocalDate.now(clock.withZone(FRANKFURT)).minusDays(maxAge.toDays())
                .isAfter(rates.day())) {
            return Optional.empty();
        }
        BigDecimal basePerEuro = base.equals(EURO) ? BigDecimal.ONE : rates.perEuro().get(base);
        BigDecimal quotePerEuro = quote.equals(EURO) ? BigDecimal.ONE : rates.perEuro().get(quote);
        if (basePerEuro == null || quotePerEuro == null) {
            return Optional.empty();
        }
        Instant published = rates.day().atTime(16, 0).atZone(FRANKFURT).toInstant();
        return Optional.of(new ExchangeRate(base, quote, quotePerEuro.divide(basePerEuro, PRECISION), published, name()));
    }

    /** Reads the document again; a failure keeps the rates read before. */
    void refresh() {
        try (InputStream in = open()) {
            ReferenceRates read = ReferenceRates.read(in);
            current = read;
            LOG.info("ECB reference rates of {}: {} currencies", read.day(), read.perEuro().size());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.warn("could not read the ECB reference rates from {}: {}", source, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InputStream open() throws IOException, InterruptedException {
        if (!source.startsWith("https://") && !source.startsWith("http://")) {
            return Files.newInputStream(Path.of(source.startsWith("file:") ? URI.create(source).getPath() : source));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(source))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException(source + " answered " + response.statusCode());
        }
        return response.body();
    }
}

package dev.drop.rates.ecb.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbRateSourceTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency SEK = Currency.getInstance("SEK");
    static final Currency PLN = Currency.getInstance("PLN");

    @TempDir
    Path folder;

    private EcbRateSource source(Path file, String now) {
        return new EcbRateSource(file.toString(), Duration.ofDays(5), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private Path sample() throws Exception {
        Path file = folder.resolve("eurofxref-daily.xml");
        try (var in = getClass().getResourceAsStream("/eurofxref-daily.xml")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void readsTheDailyDocument() throws Exception {
        ReferenceRates rates = ReferenceRates.read(Files.newInputStream(sample()));
        assertEquals(LocalDate.of(2026, 12, 3), rates.day());
        assertEquals(new BigDecimal("11.4475"), rates.perEuro().get(SEK));
        assertEquals(7, rates.perEuro().size());
    }

    @Test
    void givesEuroRatesAndCrossRatesThroughTheEuro() throws Exception {
        EcbRateSource ecb = source(sample(), "2026-12-04T09:00:00Z");
        ecb.refresh();
        assertEquals(new BigDecimal("11.4475"), ecb.rate(EUR, SEK).orElseThrow().rate());
        assertEquals(new BigDecimal("0.08735531775"), ecb.rate(SEK, EUR).orElseThrow().rate());
        // 4.2735 / 11.4475 PLN per SEK
        assertEquals(new BigDecimal("0.3733129504"), ecb.rate(SEK, PLN).orElseThrow().rate());
        assertEquals("ecb", ecb.rate(SEK, PLN).orElseThrow().source());
        assertEquals(Instant.parse("2026-12-03T15:00:00Z"), ecb.rate(SEK, PLN).orElseThrow().asOf());
        assertTrue(ecb.rate(SEK, Currency.getInstance("KWD")).isEmpty(), "the ECB does not quote KWD");
    }

    @Test
    void staleOrMissingRatesAreNotUsedAndAFailedReadKeepsTheLast() throws Exception {
        EcbRateSource stale = source(sample(), "2026-12-20T09:00:00Z");
        stale.refresh();
        assertTrue(stale.rate(EUR, SEK).isEmpty(), "rates of two weeks ago are not current");
        Path file = sample();
        EcbRateSource ecb = source(file, "2026-12-04T09:00:00Z");
        assertTrue(ecb.rate(EUR, SEK).isEmpty(), "nothing read yet");
        ecb.refresh();
        Files.writeString(file, "<html>maintenance</html>");
        ecb.refresh();
        assertEquals(new BigDecimal("11.4475"), ecb.rate(EUR, SEK).orElseThrow().rate());
    }

    @Test
    void refusesDocumentsThatAreNotReferenceRates() {
        assertThrows(XMLStreamException.class, () -> ReferenceRates.read(new ByteArrayInputStream(
                "<Envelope><Cube/></Envelope>".getBytes(StandardCharsets.UTF_8))));
        assertThrows(XMLStreamException.class, () -> ReferenceRates.read(new ByteArrayInputStream(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Cube time='2026-12-03'>&e;</Cube>"
                        .getBytes(StandardCharsets.UTF_8))));
    }
}

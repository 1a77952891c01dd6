package dev.drop.rates.ecb.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One day of the ECB's euro reference rates, read from its {@code eurofxref-daily.xml}: {@code <Cube time="...">}
 * holding {@code <Cube currency="USD" rate="1.0850"/>} for each currency, each rate the units of that currency one
 * euro buys.
 */
record ReferenceRates(LocalDate day, Map<Currency, BigDecimal> perEuro) {

    static ReferenceRates read(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        LocalDate day = null;
        Map<Currency, BigDecimal> rates = new HashMap<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "Cube".equals(reader.getLocalName())) {
                String time = reader.getAttributeValue(null, "time");
                String currency = reader.getAttributeValue(null, "currency");
                String rate = reader.getAttributeValue(null, "rate");
                if (time != null) {
                    day = LocalDate.parse(time);
                } else if (currency != null && rate != null) {
                    BigDecimal value = new BigDecimal(rate);
                    if (value.signum() > 0) {
                        rates.put(Currency.getInstance(currency), value);
                    }
                }
            }
        }
        if (day == null || rates.isEmpty()) {
            throw new XMLStreamException("not an ECB reference rates document: no dated Cube with rates");
        }
        return new ReferenceRates(day, Map.copyOf(rates));
    }
}

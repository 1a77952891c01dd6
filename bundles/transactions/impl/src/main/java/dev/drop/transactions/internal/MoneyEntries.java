package dev.drop.transactions.internal;

import dev.drop.platform.money.Money;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Amounts per currency as configuration writes them: {@code SEK 100000.00, EUR 10000.00}. */
public final class MoneyEntries {

    private MoneyEntries() {
    }

    public static Map<Currency, Money> parse(String entries, String name) {
        Map<Currency, Money> amounts = new HashMap<>();
        for (String entry : list(entries)) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(name + ": '" + entry + "' is not '<currency> <amount>', e.g. 'SEK 100.00'");
            }
            Money amount = Money.parse(parts[1], parts[0]);
            amounts.put(amount.currency(), amount);
        }
        return amounts;
    }

    public static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }
}

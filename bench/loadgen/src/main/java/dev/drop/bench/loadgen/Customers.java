package dev.drop.bench.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The senders (token and wallet) and recipients (wallet) the setup wrote; {@code hot} keeps the first n recipients. */
record Customers(List<String[]> senders, List<String> recipients) {

    static Customers read(Path file, String hot) throws IOException {
        List<String[]> senders = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split(" ");
            if (parts[0].equals("S")) {
                senders.add(new String[] {parts[1], parts[2]});
            } else {
                recipients.add(parts[1]);
            }
        }
        int keep = hot.equals("all") ? recipients.size() : Integer.parseInt(hot);
        return new Customers(senders, recipients.subList(0, keep));
    }

    String[] anySender() {
        return senders.get(ThreadLocalRandom.current().nextInt(senders.size()));
    }

    String anyRecipient() {
        return recipients.get(ThreadLocalRandom.current().nextInt(recipients.size()));
    }
}

package dev.drop.bench.loadgen;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code setup <api> <senders> <recipients> <file>}: customers with funded wallets (senders) and customers with empty
 * wallets (recipients), written to a file a line each ({@code S <token> <wallet>}, {@code R <wallet>}).
 * {@code open <api> <file> <recipients> <rate> <seconds>}: P2P transfers at a fixed rate, latency in HdrHistogram.
 * {@code merchant}, {@code requests}: a shop taking payments and its payment requests (see {@link Shop});
 * {@code receive <port>}: a webhook receiver timing deliveries (see {@link Receiver}).
 * {@code operator}, {@code cards}, {@code open-cards <api> <file> <rate> <seconds>}: the card network's operator, a card
 * per sender, and card authorizations at a fixed rate (see {@link CardHolders}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 5 && args[0].equals("setup")) {
            new Setup(new Api(URI.create(args[1]))).run(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else if (args.length >= 6 && args[0].equals("open")) {
            Customers customers = Customers.read(Path.of(args[2]), args[3]);
            OpenLoad load = new OpenLoad(URI.create(args[1]), OpenLoad.transfers(URI.create(args[1]), customers));
            int rate = Integer.parseInt(args[4]);
            // the generator's own code is compiled first, at the same rate, and that run is not counted
            load.run(rate, Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 15));
            load.run(rate, Duration.ofSeconds(Long.parseLong(args[5]))).print(System.out);
        } else if (args.length >= 5 && args[0].equals("open-cards")) {
            CardHolders cards = CardHolders.read(new Api(URI.create(args[1])), Path.of(args[2]));
            OpenLoad load = new OpenLoad(URI.create(args[1]), OpenLoad.authorizations(URI.create(args[1]), cards));
            int rate = Integer.parseInt(args[3]);
            load.run(rate, Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 15));
            load.run(rate, Duration.ofSeconds(Long.parseLong(args[4]))).print(System.out);
        } else if (args.length >= 2 && args[0].equals("operator")) {
            System.out.println(CardHolders.registerOperator(new Api(URI.create(args[1]))));
        } else if (args.length >= 4 && args[0].equals("cards")) {
            CardHolders.issue(new Api(URI.create(args[1])), Path.of(args[2]), Path.of(args[3]));
        } else if (args.length >= 3 && args[0].equals("merchant")) {
            System.out.println(new Shop(new Api(URI.create(args[1]))).merchant(Path.of(args[2])));
        } else if (args.length >= 6 && args[0].equals("requests")) {
            new Shop(new Api(URI.create(args[1]))).requests(Path.of(args[2]), Integer.parseInt(args[3]), args[4], Path.of(args[5]));
        } else if (args.length >= 2 && args[0].equals("receive")) {
            new Receiver().run(Integer.parseInt(args[1]));
            Receiver.sleepForever();
        } else {
            System.err.println("usage: merchant <api> <file> | requests <api> <merchant file> <count> <webhook url|none> <file> "
                    + "| receive <port> | operator <api> | cards <api> <customers file> <file> "
                    + "| open-cards <api> <cards file> <rate/s> <seconds> [warm-up seconds] | setup <api> <senders> <recipients> <file> | open <api> <file> <all|n> <rate/s> <seconds> [warm-up seconds]");
            System.exit(2);
        }
    }
}

import dev.drop.auth.internal.password.Argon2idHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times Argon2id hashes exactly as sign-in computes them: through the auth module's own hasher, with the parameters
 * auth is configured with and the Bouncy Castle release the distribution runs. Warms up, then answers commands read
 * from standard input, one per line, staying idle in between (a benchmark times the hash right before and right
 * after a load without paying for a new JVM and its JIT each time):
 * <ul>
 *   <li>{@code n}: times n hashes one after another and prints their median in ms;</li>
 *   <li>{@code parallel t s}: t threads hash for s seconds; prints hashes per second.</li>
 * </ul>
 */
public class Argon2Time {
    private static final String PASSWORD = "saffron lantern 1942 quietly";

    public static void main(String[] args) throws IOException {
        Argon2idHasher.Cost cost = new Argon2idHasher.Cost(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 1);
        Argon2idHasher hasher = new Argon2idHasher(cost, 1, 60_000);
        String encoded = hasher.hash(PASSWORD);
        for (int warm = 0; warm < 40; warm++) {
            hasher.verify(PASSWORD, encoded);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.trim().split(" ");
            if (command[0].equals("parallel")) {
                System.out.printf("%.1f%n", parallel(cost, encoded, Integer.parseInt(command[1]), Integer.parseInt(command[2])));
            } else {
                System.out.printf("%.2f%n", medianMillis(hasher, encoded, Integer.parseInt(command[0])));
            }
        }
    }

    private static double medianMillis(Argon2idHasher hasher, String encoded, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            hasher.verify(PASSWORD, encoded);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    private static double parallel(Argon2idHasher.Cost cost, String encoded, int threads, int seconds) {
        Argon2idHasher shared = new Argon2idHasher(cost, threads, 60_000);
        AtomicInteger hashes = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    shared.verify(PASSWORD, encoded);
                    hashes.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return hashes.get() / ((System.nanoTime() - start) / 1e9);
    }
}

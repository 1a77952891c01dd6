package dev.drop.bench.loadgen;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open load: request i is due at {@code start + i / rate} whatever the earlier ones do, and its latency counts from
 * that moment, queueing for a free connection included (so a stalled server shows in the figures instead of slowing
 * the load: no coordinated omission). Every request is recorded; errors are counted apart.
 */
final class OpenLoad {

    /** What a run measured. */
    record Result(int rate, long sent, long ok, long failed, double achieved, Histogram latency,
                  Map<Integer, Long> statuses) {
        void print(PrintStream out) {
            out.printf("open load: %d req/s intended, %.0f req/s achieved, %d sent, %d 2xx, %d failed%n", rate, achieved,
                    sent, ok, failed);
            out.println("statuses: " + new TreeMap<>(statuses));
            out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p999 %.2f  max %.2f%n", ms(latency, 50), ms(latency, 90),
                    ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6);
        }

        private static double ms(Histogram histogram, double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private static final int CONNECTIONS = 32;
    private static final long END = -1;

    /** One request of the load: where it goes, its headers (CRLF-terminated lines) and its body. */
    record Message(String path, String headers, byte[] body) {
    }

    private final URI api;
    private final Supplier<Message> messages;

    OpenLoad(URI api, Supplier<Message> messages) {
        this.api = api;
        this.messages = messages;
    }

    /** P2P transfers of 1.00 SEK from any sender to any recipient. */
    static Supplier<Message> transfers(URI api, Customers customers) {
        String path = api.getPath().replaceAll("/$", "") + "/v1/transfers";
        return () -> {
            String[] sender = customers.anySender();
            byte[] body = ("{\"fromWallet\":\"" + sender[1] + "\",\"to\":{\"walletId\":\"" + customers.anyRecipient()
                    + "\"},\"amount\":{\"amount\":100,\"currency\":\"SEK\"}}").getBytes(StandardCharsets.UTF_8);
            return new Message(path, "Content-Type: application/json\r\nAuthorization: Bearer " + sender[0]
                    + "\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\n", body);
        };
    }

    /** Card authorizations of 1.00 SEK, each a hold on the card's wallet, sent by the card network's operator. */
    static Supplier<Message> authorizations(URI api, CardHolders cards) {
        String path = api.getPath().replaceAll("/$", "") + "/v1/cards/network/authorizations";
        return () -> new Message(path, "Content-Type: application/json\r\nAuthorization: Bearer " + cards.operatorToken()
                + "\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\n", cards.anyAuthorization().getBytes(StandardCharsets.UTF_8));
    }

    Result run(int rate, Duration duration) throws Exception {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(1), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Thread worker = new Thread(() -> work(due, recorder, ok, failed, statuses), "open-load-" + i);
            worker.start();
            workers.add(worker);
        }
        long total = rate * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(intended);
        }
        for (int i = 0; i < CONNECTIONS; i++) {
            due.add(END);
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.MINUTES.toMillis(2));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, total, ok.get(), failed.get(), total / seconds, recorder.getIntervalHistogram(), statuses);
    }

    private void work(LinkedBlockingQueue<Long> due, Recorder recorder, AtomicLong ok, AtomicLong failed,
                      Map<Integer, Long> statuses) {
        try (Connection connection = new Connection(api.getHost(), api.getPort())) {
            for (long intended = due.take(); intended != END; intended = due.take()) {
                Message message = messages.get();
                int status;
                try {
                    status = connection.post(message.path(), message.headers(), message.body());
                } catch (IOException e) {
                    status = 0;
                }
                recorder.recordValue(Math.min(System.nanoTime() - intended, TimeUnit.MINUTES.toNanos(1)));
                (status / 100 == 2 ? ok : failed).incrementAndGet();
                statuses.merge(status, 1L, Long::sum);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

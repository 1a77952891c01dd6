package dev.drop.bench.loadgen;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open load: request i starts at {@code start + i / rate} whatever the earlier ones do, and its latency counts from
 * that intended start (so a stalled server shows in the figures instead of slowing the load: no coordinated
 * omission). Every request is recorded, errors counted apart.
 */
final class OpenLoad {

    /** What a run measured. */
    record Result(int rate, long sent, long ok, long failed, long lateStarts, double achieved, Histogram latency) {
        void print(PrintStream out) {
            out.printf("open load: %d req/s intended, %.0f req/s achieved, %d sent, %d 2xx, %d failed, %d starts over 1 ms late%n",
                    rate, achieved, sent, ok, failed, lateStarts);
            out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p999 %.2f  max %.2f%n", ms(latency, 50), ms(latency, 90),
                    ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6);
            out.printf("RESULT rate=%d p50=%.3f p99=%.3f p999=%.3f max=%.3f failed=%d%n", rate, ms(latency, 50),
                    ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6, failed);
        }

        private static double ms(Histogram histogram, double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private final Api api;
    private final Customers customers;

    OpenLoad(Api api, Customers customers) {
        this.api = api;
        this.customers = customers;
    }

    Result run(int rate, Duration duration) throws Exception {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(1), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long late = 0;
        long total = rate * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - intended > 1_000_000) {
                late++;
            }
            String[] sender = customers.anySender();
            inFlight.add(api.transfer(sender[0], sender[1], customers.anyRecipient()).handle((status, error) -> {
                recorder.recordValue(Math.min(System.nanoTime() - intended, TimeUnit.MINUTES.toNanos(1)));
                if (error == null && status / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                return null;
            }));
            if (inFlight.size() > 10_000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, total, ok.get(), failed.get(), late, total / seconds, recorder.getIntervalHistogram());
    }
}

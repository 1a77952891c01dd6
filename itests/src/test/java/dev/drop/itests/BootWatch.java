package dev.drop.itests;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks for an API path and some pages over and over while a node boots, and keeps every answer that is not Drop's
 * own: from the first accepted connection on, nothing may answer with the web server's error page.
 */
final class BootWatch implements AutoCloseable {

    private static final List<String> PATHS = List.of("/api/v1/health", "/shop/some-shop/", "/admin/", "/no-such-page");

    private final Http http;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger answers = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> foreign = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private BootWatch(Http http) {
        this.http = http;
        this.thread = new Thread(this::watch, "boot-watch");
    }

    static BootWatch start(Http http) {
        BootWatch watch = new BootWatch(http);
        watch.thread.start();
        return watch;
    }

    private void watch() {
        while (running.get()) {
            for (String path : PATHS) {
                try {
                    Http.Reply reply = http.get(path);
                    answers.incrementAndGet();
                    if (reply.status() == 503) {
                        unavailable.incrementAndGet();
                    }
                    ServerPages.assertDropsOwn(path, reply);
                } catch (AssertionError notOurs) {
                    foreign.add(notOurs.getMessage());
                } catch (RuntimeException notListeningYet) {
                    // connection refused: the web server is not up yet
                }
            }
        }
    }

    /** The answers that were not Drop's, each described. */
    List<String> foreignAnswers() {
        return List.copyOf(foreign);
    }

    String summary() {
        return answers + " answers while booting, " + unavailable + " of them 503";
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}

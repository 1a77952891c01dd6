package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

/**
 * The bank test: threads move random amounts between 50 wallets over HTTP for 30 s at a time, each request retried with
 * its key until it gets an answer; once undisturbed, once with the Karaf process killed (kill -9) in the middle and
 * started again, once with PostgreSQL restarted in the middle. After each run: every transfer answered 201 is in the
 * ledger exactly once and nothing else is, every wallet holds what the answers say, retrying a request with its key
 * gives the same answer, and every invariant of the ledger holds.
 */
public class BankIT {

    private static final int WALLETS = 50;
    private static final int THREADS = 8;
    private static final long START_BALANCE = 1_000_000;
    private static final Duration RUN = Duration.ofSeconds(30);

    /** One transfer request and the answer it finally got. */
    record Order(int from, int to, long amount, String key, int status, byte[] body, int attempts) {
    }

    @Test
    public void moneyIsNeverCreatedLostOrMovedTwiceThroughAKillAndADatabaseRestart() throws Exception {
        String database = FreshDatabase.create();
        try (Distribution node = Distribution.unpack()) {
            node.onPostgres(database);
            node.configure("dev.drop.platform.idempotency.cfg", Map.of("leaseSeconds", "5"));
            node.configure("dev.drop.transactions.cfg", Map.of("transfersPerHour", "1000000",
                    "dailyTotal", "SEK 100000000.00"));
            node.start();
            Http api = node.http();
            awaitReady(node, api);
            List<Customer> customers = customers(api);
            Map<Integer, Long> expected = new HashMap<>();
            for (int i = 0; i < WALLETS; i++) {
                expected.put(i, START_BALANCE);
            }
            List<Order> all = new ArrayList<>();

            List<Order> steady = run(customers, RUN, null);
            check("undisturbed", node, database, customers, steady, all, expected);

            List<Order> killed = run(customers(api, customers), RUN, () -> {
                node.killHard();
                node.start();
                awaitReady(node, api);
            });
            check("Karaf killed and started again", node, database, customers, killed, all, expected);
            assertTrue("requests were cut off by the kill and retried", killed.stream().anyMatch(order -> order.attempts() > 1));

            List<Order> restarted = run(customers(api, customers), RUN, PostgresServer::restart);
            check("PostgreSQL restarted", node, database, customers, restarted, all, expected);
        }
    }

    /** Runs the load for {@code duration}; {@code fault} strikes a third of the way in. */
    private static List<Order> run(List<Customer> customers, Duration duration, Fault fault) throws Exception {
        List<Order> orders = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t * 7919L + System.nanoTime();
            workers.add(pool.submit(() -> {
                Random random = new Random(seed);
                while (running.get()) {
                    int from = random.nextInt(WALLETS);
                    int to = (from + 1 + random.nextInt(WALLETS - 1)) % WALLETS;
                    long amount = 1 + random.nextInt(100_000);
                    orders.add(untilAnswered(customers.get(from), customers.get(to), from, to, amount));
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        if (fault != null) {
            Thread.sleep(duration.toMillis() / 3);
            fault.strike();
        }
        long left = duration.toMillis() - (System.nanoTime() - started) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new ArrayList<>(orders);
    }

    /**
     * Sends one transfer and retries it with its key until it is answered: a 201, or a 422 refusal (the only answers
     * these transfers have). Anything else is the node not being there: down, booting (a route not served yet), or
     * still running the request ("in use").
     */
    private static Order untilAnswered(Customer from, Customer to, int fromIndex, int toIndex, long amount) {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                Http.Reply reply = from.send(to, amount, key);
                boolean answered = reply.status() == 201 || reply.status() == 422;
                if (answered) {
                    return new Order(fromIndex, toIndex, amount, key, reply.status(), reply.bytes(), attempt);
                }
            } catch (RuntimeException unreachable) {
                // the node is down or restarting: retry with the same key
            }
            if (System.nanoTime() > deadline) {
                fail("transfer " + key + " got no answer within 3 minutes");
            }
            pause(200);
        }
    }

    private static void check(String run, Distribution node, String database, List<Customer> customers, List<Order> orders,
                              List<Order> all, Map<Integer, Long> expected) throws Exception {
        all.addAll(orders);
        Set<String> answered = new HashSet<>();
        for (Order order : orders) {
            if (order.status() == 201) {
                answered.add(Customer.json(order.body()).path("id").asText());
                expected.merge(order.from(), -order.amount(), Long::sum);
                expected.merge(order.to(), order.amount(), Long::sum);
            } else {
                assertThat(run + ": " + new String(order.body()), new String(order.body()), containsString("insufficient-funds"));
            }
        }
        Set<String> ledger = transfers(database);
        Set<String> all201 = new HashSet<>();
        all.stream().filter(order -> order.status() == 201).forEach(order -> all201.add(Customer.json(order.body()).path("id").asText()));
        assertEquals(run + ": every transfer answered 201 is in the ledger once, and no other", all201, ledger);
        assertTrue(run + ": money moved", answered.size() > 100);
        Map<String, Long> balances = balances(database);
        for (int i = 0; i < WALLETS; i++) {
            assertEquals(run + ": wallet " + i, expected.get(i), balances.get(customers.get(i).wallet));
        }
        List<Order> retried = new ArrayList<>(orders.stream().filter(order -> order.attempts() > 1).toList());
        Collections.shuffle(orders, new Random(42));
        retried.addAll(orders.subList(0, Math.min(300, orders.size())));
        List<Customer> signedIn = customers(node.http(), customers);
        for (Order order : retried) {
            Http.Reply again = signedIn.get(order.from()).send(signedIn.get(order.to()), order.amount(), order.key());
            assertEquals(run + ": a retry gets the same status", order.status(), again.status());
            assertArrayEquals(run + ": a retry gets the same answer", order.body(), again.bytes());
        }
        assertThat(node.console("drop:ledger verify"), containsString("every invariant holds"));
        System.out.printf("bank test, %s: %d transfers, %d refused, %d needed retries%n", run, answered.size(),
                orders.size() - answered.size(), orders.stream().filter(order -> order.attempts() > 1).count());
    }

    private static List<Customer> customers(Http api) {
        AuthClient auth = new AuthClient(api);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < WALLETS; i++) {
            customers.add(Customer.open(auth, "bank" + i).toppedUp(START_BALANCE));
        }
        return customers;
    }

    /** The same customers signed in anew (access tokens last five minutes). */
    private static List<Customer> customers(Http api, List<Customer> customers) {
        AuthClient auth = new AuthClient(api);
        return customers.stream().map(customer -> customer.signedInAgain(auth)).toList();
    }

    private static Set<String> transfers(String database) throws SQLException {
        Set<String> ids = new HashSet<>();
        query(database, "SELECT id FROM txn.transfer WHERE code = 'p2p'", rows -> ids.add(rows.getString(1)));
        return ids;
    }

    private static Map<String, Long> balances(String database) throws SQLException {
        Map<String, Long> balances = new HashMap<>();
        query(database, "SELECT id, credits_posted - debits_posted FROM txn.account WHERE kind = 'WALLET'",
                rows -> balances.put(rows.getString(1), rows.getLong(2)));
        return balances;
    }

    private static void query(String database, String sql, RowReader reader) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, FreshDatabase.USER, FreshDatabase.PASSWORD);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    private static void awaitReady(Distribution node, Http api) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ready(api)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the node did not get ready\n" + node.diagnosis());
            }
            Thread.sleep(200);
        }
    }

    private static boolean ready(Http api) {
        try {
            return api.get("/api/v1/health").status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface Fault {
        void strike() throws Exception;
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }
}

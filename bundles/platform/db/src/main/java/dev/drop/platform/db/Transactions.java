package dev.drop.platform.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.managed.ManagedTransaction;

/**
 * Runs work in a MyBatis session that is always closed, committed only when the work returns normally and rolled
 * back when it throws. Sessions never escape: there is no way to get one that outlives the call.
 */
public final class Transactions {

    /** After-commit actions of the transactions open on this thread, innermost last. */
    private static final ThreadLocal<Deque<List<Runnable>>> AFTER_COMMIT = ThreadLocal.withInitial(ArrayDeque::new);

    private final SqlSessionFactory sessionFactory;

    public Transactions(SqlSessionFactory sessionFactory) {
        this.sessionFactory = Objects.requireNonNull(sessionFactory, "sessionFactory");
    }

    /** Runs {@code work} in one transaction and returns its result. */
    public <T> T inTransaction(Function<SqlSession, T> work) {
        List<Runnable> afterCommit = new ArrayList<>();
        Deque<List<Runnable>> open = AFTER_COMMIT.get();
        open.addLast(afterCommit);
        T result;
        try (SqlSession session = sessionFactory.openSession(false)) {
            try {
                result = work.apply(session);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(session, e);
                throw e;
            }
            // forced: statements mapped as @Select (e.g. with RETURNING) do not mark the session dirty
            session.commit(true);
        } finally {
            open.removeLast();
            if (open.isEmpty()) {
                AFTER_COMMIT.remove();
            }
        }
        afterCommit.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the innermost transaction open on this thread has committed, or at once when there
     * is none; never when it rolls back. For signals only (waking a dispatcher): the data is already committed.
     */
    public static void afterCommit(Runnable action) {
        Deque<List<Runnable>> open = AFTER_COMMIT.get();
        if (open.isEmpty()) {
            AFTER_COMMIT.remove();
            action.run();
        } else {
            open.getLast().add(action);
        }
    }

    /** Runs {@code work} in one transaction. */
    public void run(Consumer<SqlSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Runs read-only {@code work} outside any transaction: each statement reads what was committed when it started,
     * as under READ COMMITTED inside one, without the BEGIN and ROLLBACK round trips. For hot reads that never write
     * (a write would commit at once) and need no snapshot shared between statements; everything else uses
     * {@link #read}.
     */
    public <T> T query(Function<SqlSession, T> work) {
        try (SqlSession session = sessionFactory.openSession(true)) {
            return work.apply(session);
        }
    }

    /** Runs read-only {@code work}; whatever it may have written is rolled back. */
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = sessionFactory.openSession(false)) {
            try {
                return work.apply(session);
            } finally {
                session.rollback(true);
            }
        }
    }

    /**
     * Runs {@code work} with this schema's mappers inside the transaction of {@code outer}, a session of another
     * schema's {@code Transactions}: on the same connection, committed or rolled back by {@code outer}'s owner.
     * This is how a platform service writes its own tables in a module's transaction.
     */
    public <T> T joined(SqlSession outer, Function<SqlSession, T> work) {
        Configuration configuration = sessionFactory.getConfiguration();
        Transaction borrowed = new ManagedTransaction(outer.getConnection(), false);
        try (SqlSession joined = new DefaultSqlSession(configuration, configuration.newExecutor(borrowed, ExecutorType.SIMPLE), false)) {
            return work.apply(joined);
        }
    }

    /** Runs {@code work} with the mapper of type {@code mapperType} in one transaction. */
    public <M, T> T withMapper(Class<M> mapperType, Function<M, T> work) {
        return inTransaction(session -> work.apply(session.getMapper(mapperType)));
    }

    public SqlSessionFactory sessionFactory() {
        return sessionFactory;
    }

    private static void rollbackQuietly(SqlSession session, Throwable cause) {
        try {
            session.rollback(true);
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}

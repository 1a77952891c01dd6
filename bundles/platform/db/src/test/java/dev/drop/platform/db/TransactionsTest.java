package dev.drop.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private UnpooledDataSource dataSource;
    private Transactions transactions;

    @BeforeEach
    void freshDatabase() throws SQLException {
        dataSource = new UnpooledDataSource("org.h2.Driver", "jdbc:h2:mem:tx" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(20))");
        }
        Configuration configuration = new Configuration(new Environment("test", new JdbcTransactionFactory(), dataSource));
        transactions = new Transactions(new SqlSessionFactoryBuilder().build(configuration));
    }

    @Test
    void commitsWhatTheWorkWroteWhenItReturns() throws SQLException {
        int inserted = transactions.inTransaction(session -> insert(session, "kept"));
        assertThat(inserted).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void rollsBackAndRethrowsWhenTheWorkThrows() throws SQLException {
        assertThatThrownBy(() -> transactions.run(session -> {
            insert(session, "lost");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(count()).isZero();
    }

    @Test
    void readNeverCommits() throws SQLException {
        transactions.read(session -> insert(session, "sneaky"));
        assertThat(count()).isZero();
    }

    @Test
    void queriesSeeWhatIsCommittedAndLeaveNoSessionOpen() {
        transactions.run(session -> insert(session, "kept"));
        SqlSession[] seen = new SqlSession[1];

        int rows = transactions.query(session -> {
            seen[0] = session;
            return count(session);
        });

        assertThat(rows).isEqualTo(1);
        assertThatThrownBy(() -> seen[0].getConnection().createStatement()).isInstanceOf(Exception.class);
    }

    @Test
    void theSessionIsClosedAfterTheCallSoItCannotLeak() {
        SqlSession[] seen = new SqlSession[1];
        transactions.run(session -> seen[0] = session);
        assertThatThrownBy(() -> seen[0].getConnection().createStatement()).isInstanceOf(Exception.class);
    }

    private static int insert(SqlSession session, String text) {
        try (Statement s = session.getConnection().createStatement()) {
            return s.executeUpdate("INSERT INTO note VALUES ('" + text + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(SqlSession session) {
        try (Statement s = session.getConnection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void afterCommitActionsRunOnlyOnceTheTransactionCommitted() {
        List<String> seen = new ArrayList<>();
        transactions.run(session -> {
            Transactions.afterCommit(() -> seen.add("committed"));
            seen.add("working");
        });
        assertThat(seen).containsExactly("working", "committed");

        seen.clear();
        assertThatThrownBy(() -> transactions.run(session -> {
            Transactions.afterCommit(() -> seen.add("committed"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(seen).isEmpty();

        Transactions.afterCommit(() -> seen.add("no transaction: at once"));
        assertThat(seen).containsExactly("no transaction: at once");
    }

    @Test
    void aJoinedSessionWritesInTheOuterTransactionAndLeavesItOpen() throws SQLException {
        Transactions other = new Transactions(transactions.sessionFactory());
        assertThatThrownBy(() -> transactions.run(outer -> {
            other.joined(outer, joined -> insert(joined, "joined"));
            insert(outer, "outer");
            throw new IllegalStateException("roll both back");
        })).hasMessage("roll both back");
        assertThat(count()).isZero();

        transactions.run(outer -> {
            other.joined(outer, joined -> insert(joined, "joined"));
            insert(outer, "still usable");
        });
        assertThat(count()).isEqualTo(2);
    }
}

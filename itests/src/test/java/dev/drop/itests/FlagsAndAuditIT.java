package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/** Feature flags changed from the service and the console, every change audited, and tampering with the trail caught. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FlagsAndAuditIT extends DropTestSupport {

    @Inject
    @Filter(timeout = 60_000)
    private FlagService flags;
    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;
    @Inject
    @Filter("(dataSourceName=drop)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void flagsDecidePerSubjectAndEveryChangeIsAuditedWithOldAndNewRules() {
        flags.save(new Flag("cards.virtual", true, Set.of("alice"), Set.of("shop-1"), Set.of(Role.OPERATOR), 0,
                RolloutBy.USER, null, null), "it:operator", "pilot");
        assertTrue(flags.isEnabled("cards.virtual", new FlagSubject("alice", null, Set.of())));
        assertTrue(flags.isEnabled("cards.virtual", new FlagSubject("bob", "shop-1", Set.of())));
        assertTrue(flags.isEnabled("cards.virtual", new FlagSubject("carol", null, Set.of(Role.OPERATOR))));
        assertFalse(flags.isEnabled("cards.virtual", new FlagSubject("bob", null, Set.of(Role.CUSTOMER))));
        assertFalse(flags.isEnabled("no.such.flag", new FlagSubject("alice", null, Set.of())));

        Flag killed = flags.find("cards.virtual").orElseThrow();
        flags.save(new Flag(killed.name(), false, killed.allowUsers(), killed.allowMerchants(), killed.allowRoles(), 100,
                RolloutBy.USER, null, null), "it:operator", "incident 42");
        assertFalse(flags.isEnabled("cards.virtual", new FlagSubject("alice", null, Set.of())));

        AuditEntry change = audit.tail(1).get(0);
        assertEquals("flag.change", change.action());
        assertEquals("it:operator", change.actor());
        assertEquals("flag:cards.virtual", change.target());
        assertThat(change.detail(), containsString("reason: incident 42"));
        assertThat(change.detail(), containsString("old: on, rollout 0%"));
        assertThat(change.detail(), containsString("new: off (killed), rollout 100%"));
        assertThrows(IllegalArgumentException.class, () -> flags.save(Flag.named("x.y"), "it:operator", " "));
    }

    @Test
    public void operatorsChangeFlagsFromTheConsole() throws Exception {
        Console console = new Console(sessions);
        console.run("drop:flag set checkout.new-flow on --reason 'launch'");
        console.run("drop:flag rule checkout.new-flow --rollout 100 --by merchant --reason 'everyone'");
        assertThat(console.run("drop:flag list"), containsString("checkout.new-flow"));
        assertThat(console.run("drop:flag check checkout.new-flow --merchant shop-9"), containsString("is on"));
        console.run("drop:flag clear checkout.new-flow --reason 'done'");
        assertFalse(flags.isEnabled("checkout.new-flow", new FlagSubject(null, "shop-9", Set.of())));
        assertThat(console.run("drop:audit tail -n 1"), containsString("flag.clear"));
    }

    @Test
    public void aFlagSwitchedOnIsOnForEveryoneUntilTargetingNarrowsIt() throws Exception {
        Console console = new Console(sessions);
        assertThat(console.run("drop:flag set demo.flag on --reason x"), containsString("on for everyone"));
        assertThat(console.run("drop:flag check demo.flag --user u9"), containsString("is on"));
        assertTrue(flags.isEnabled("demo.flag", FlagSubject.anonymous()));

        assertThat(console.run("drop:flag rule demo.flag --users u1 --reason pilot"), containsString("users [u1]"));
        assertThat(console.run("drop:flag check demo.flag --user u9"), containsString("is off"));
        assertThat(console.run("drop:flag check demo.flag --user u1"), containsString("is on"));
        console.run("drop:flag rule demo.flag --rollout 100 --reason wider");
        assertThat(console.run("drop:flag check demo.flag --user u9"), containsString("is on"));

        assertThat(console.run("drop:flag rule demo.flag --users '' --rollout none --reason everyone"),
                containsString("on for everyone"));
        assertThat(console.run("drop:flag set demo.flag off --reason stop"), containsString("off (killed)"));
        assertFalse(flags.isEnabled("demo.flag", new FlagSubject("u1", null, Set.of())));
    }

    @Test
    public void aChangeMadeByAnotherNodeAppliesHereWithinSeconds() throws SQLException {
        flags.save(Flag.named("reports.export"), "it:operator", "new flag, off for everyone");
        assertFalse(flags.isEnabled("reports.export", new FlagSubject("dora", null, Set.of())));
        execute("UPDATE platform.flag SET enabled = TRUE WHERE name = 'reports.export'");
        waitFor("the other node's change", Duration.ofSeconds(10),
                () -> flags.isEnabled("reports.export", new FlagSubject("dora", null, Set.of())));
    }

    @Test
    public void aTamperedAuditEntryIsFoundAndNamed() throws Exception {
        for (int i = 0; i < 3; i++) {
            audit.record("it:auditor", "it.test", "thing:" + i, "entry " + i);
        }
        assertTrue(audit.verify().intact());
        List<AuditEntry> newest = audit.tail(3);
        long victim = newest.get(1).seq();
        execute("UPDATE platform.audit_log SET detail = 'nothing to see' WHERE seq = " + victim);

        AuditVerification result = audit.verify();
        assertFalse(result.intact());
        assertEquals(victim, result.brokenAt());
        assertThat(result.problem(), containsString("entry " + victim + " was changed"));
        Exception reported = assertThrows(Exception.class, () -> new Console(sessions).run("drop:audit verify"));
        assertThat(reported.getMessage(), containsString("BROKEN at entry " + victim));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}

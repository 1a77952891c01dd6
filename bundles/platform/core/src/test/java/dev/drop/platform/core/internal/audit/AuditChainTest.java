package dev.drop.platform.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.core.internal.persistence.AuditHead;
import dev.drop.platform.core.internal.persistence.AuditRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditRow> chain(int length) {
        List<AuditRow> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            Instant at = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(seq);
            String hash = AuditChain.link(previous, seq, at, "console:karaf", "module.disable", "module:cards", "reason " + seq);
            rows.add(new AuditRow(seq, at, "console:karaf", "module.disable", "module:cards", "reason " + seq, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static AuditVerification verify(List<AuditRow> rows, AuditHead head) {
        ChainVerifier verifier = new ChainVerifier();
        rows.forEach(verifier::accept);
        return verifier.result(head);
    }

    private static AuditHead headOf(List<AuditRow> rows) {
        AuditRow last = rows.get(rows.size() - 1);
        return new AuditHead(last.seq(), last.hash());
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditRow> rows = chain(5);
        AuditVerification result = verify(rows, headOf(rows));
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(verify(List.of(), new AuditHead(0, AuditChain.GENESIS)).intact()).isTrue();
    }

    @Test
    void fieldsCannotRunTogetherIntoTheSameHash() {
        Instant at = Instant.EPOCH;
        assertThat(AuditChain.link("p", 1, at, "ab", "c", "t", "d")).isNotEqualTo(AuditChain.link("p", 1, at, "a", "bc", "t", "d"));
    }

    @Test
    void aChangedEntryIsReportedAtThatEntry() {
        List<AuditRow> rows = chain(5);
        AuditRow third = rows.get(2);
        rows.set(2, new AuditRow(third.seq(), third.at(), third.actor(), third.action(), third.target(), "innocent",
                third.prevHash(), third.hash()));
        AuditVerification result = verify(rows, headOf(rows));
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.problem()).contains("entry 3 was changed");
    }

    @Test
    void aRemovedEntryIsReportedWhereItIsMissing() {
        List<AuditRow> rows = chain(5);
        AuditHead head = headOf(rows);
        rows.remove(1);
        AuditVerification result = verify(rows, head);
        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.problem()).contains("entry 2 is missing");
    }

    @Test
    void aRewrittenEntryWithAFreshHashBreaksTheNextLink() {
        List<AuditRow> rows = chain(5);
        AuditRow third = rows.get(2);
        String forged = AuditChain.link(third.prevHash(), 3, third.at(), third.actor(), third.action(), third.target(), "forged");
        rows.set(2, new AuditRow(3, third.at(), third.actor(), third.action(), third.target(), "forged", third.prevHash(), forged));
        assertThat(verify(rows, headOf(chain(5))).brokenAt()).isEqualTo(4);
    }

    @Test
    void entriesRemovedFromTheEndAreCaughtByTheHead() {
        List<AuditRow> rows = chain(5);
        AuditHead head = headOf(rows);
        AuditVerification result = verify(rows.subList(0, 3), head);
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.problem()).contains("removed from the end");
    }
}

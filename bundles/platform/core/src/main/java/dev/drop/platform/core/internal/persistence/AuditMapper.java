package dev.drop.platform.core.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** SQL of the audit trail; see AuditMapper.xml. */
public interface AuditMapper {

    /** The head, locked until the transaction ends: appenders take turns. */
    AuditHead lockHead();

    AuditHead head();

    void insert(AuditRow row);

    void moveHead(@Param("seq") long seq, @Param("hash") String hash);

    /** The newest {@code count} entries, newest first. */
    List<AuditRow> newest(int count);

    /** Streams the entries up to {@code upTo} in chain order. */
    void inOrder(@Param("upTo") long upTo, ResultHandler<AuditRow> handler);
}

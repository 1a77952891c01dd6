package dev.drop.platform.core.internal.module;

import dev.drop.platform.core.internal.audit.AuditWriter;
import dev.drop.platform.core.internal.persistence.ModuleStateMapper;
import dev.drop.platform.core.internal.persistence.ModuleStateRow;
import dev.drop.platform.db.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The desired state of modules in {@code platform.module_state}; each change is audited in the same transaction. */
final class DesiredStates {

    private final Transactions transactions;
    private final AuditWriter audit;
    private final Clock clock;

    DesiredStates(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    Map<String, ModuleStateRow> all() {
        return transactions.read(session -> session.getMapper(ModuleStateMapper.class).all()).stream()
                .collect(Collectors.toMap(ModuleStateRow::name, Function.identity()));
    }

    void record(String module, boolean enabled, String actor, String reason, String outcome) {
        ModuleStateRow row = new ModuleStateRow(module, enabled, clock.instant().truncatedTo(ChronoUnit.MICROS), actor, reason);
        transactions.run(session -> {
            ModuleStateMapper states = session.getMapper(ModuleStateMapper.class);
            if (states.update(row) == 0) {
                states.insert(row);
            }
            audit.append(session, actor, enabled ? "module.enable" : "module.disable", "module:" + module,
                    "reason: " + reason + "; " + outcome);
        });
    }

    void audit(String actor, String action, String module, String detail) {
        transactions.run(session -> audit.append(session, actor, action, "module:" + module, detail));
    }
}

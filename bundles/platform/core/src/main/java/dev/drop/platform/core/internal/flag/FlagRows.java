package dev.drop.platform.core.internal.flag;

import dev.drop.platform.core.internal.persistence.FlagAllowRow;
import dev.drop.platform.core.internal.persistence.FlagRow;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.security.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts between flags and their rows: one in {@code flag}, one per allowlisted subject in {@code flag_allow}. */
final class FlagRows {

    static final String USER = "USER";
    static final String MERCHANT = "MERCHANT";
    static final String ROLE = "ROLE";

    private FlagRows() {
    }

    static Map<String, Flag> assemble(List<FlagRow> flags, List<FlagAllowRow> allows) {
        Map<String, Flag> byName = new LinkedHashMap<>();
        for (FlagRow row : flags) {
            byName.put(row.name(), toFlag(row, allows.stream().filter(allow -> allow.flag().equals(row.name())).toList()));
        }
        return byName;
    }

    static Flag toFlag(FlagRow row, List<FlagAllowRow> allows) {
        Set<String> users = new HashSet<>();
        Set<String> merchants = new HashSet<>();
        Set<Role> roles = new HashSet<>();
        for (FlagAllowRow allow : allows) {
            switch (allow.kind()) {
                case USER -> users.add(allow.subject());
                case MERCHANT -> merchants.add(allow.subject());
                case ROLE -> roles.add(Role.valueOf(allow.subject()));
                default -> throw new IllegalStateException("unknown allowlist kind " + allow.kind());
            }
        }
        return new Flag(row.name(), row.enabled(), users, merchants, roles, row.rolloutPercent(),
                RolloutBy.valueOf(row.rolloutBy()), row.updatedAt(), row.updatedBy());
    }

    static FlagRow toRow(Flag flag) {
        return new FlagRow(flag.name(), flag.enabled(), flag.rolloutPercent(), flag.rolloutBy().name(), flag.updatedAt(),
                flag.updatedBy());
    }

    static List<FlagAllowRow> allowRows(Flag flag) {
        List<FlagAllowRow> rows = new ArrayList<>();
        flag.allowUsers().forEach(user -> rows.add(new FlagAllowRow(flag.name(), USER, user)));
        flag.allowMerchants().forEach(merchant -> rows.add(new FlagAllowRow(flag.name(), MERCHANT, merchant)));
        flag.allowRoles().forEach(role -> rows.add(new FlagAllowRow(flag.name(), ROLE, role.name())));
        return rows;
    }
}

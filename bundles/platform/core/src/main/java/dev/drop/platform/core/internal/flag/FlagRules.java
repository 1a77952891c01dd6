package dev.drop.platform.core.internal.flag;

import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import java.util.Set;

/** How a flag's rules decide for a subject: kill switch, then allowlists, then the sticky rollout. */
public final class FlagRules {

    private FlagRules() {
    }

    public static boolean isEnabled(Flag flag, FlagSubject subject) {
        if (!flag.enabled()) {
            return false;
        }
        if (subject.userId() != null && flag.allowUsers().contains(subject.userId())
                || subject.merchantId() != null && flag.allowMerchants().contains(subject.merchantId())
                || subject.roles().stream().anyMatch(flag.allowRoles()::contains)) {
            return true;
        }
        if (flag.rolloutPercent() == 100) {
            return true;
        }
        String key = flag.rolloutBy() == RolloutBy.USER ? subject.userId() : subject.merchantId();
        return key != null && flag.rolloutPercent() > 0 && Rollout.includes(flag.name(), key, flag.rolloutPercent());
    }

    /** The rules in a line, for the audit trail and the console. */
    public static String describe(Flag flag) {
        return (flag.enabled() ? "on" : "off (killed)") + ", rollout " + flag.rolloutPercent() + "% by "
                + flag.rolloutBy().name().toLowerCase() + ", users " + sorted(flag.allowUsers()) + ", merchants "
                + sorted(flag.allowMerchants()) + ", roles " + sorted(flag.allowRoles());
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(Object::toString).sorted().toList().toString();
    }
}

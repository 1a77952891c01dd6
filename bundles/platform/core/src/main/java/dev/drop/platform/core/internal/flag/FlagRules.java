package dev.drop.platform.core.internal.flag;

import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How a flag's rules decide for a subject: kill switch, then on for all unless targeted, allowlists, sticky rollout. */
public final class FlagRules {

    private FlagRules() {
    }

    public static boolean isEnabled(Flag flag, FlagSubject subject) {
        if (!flag.enabled()) {
            return false;
        }
        if (!flag.targeted()) {
            return true;
        }
        if (subject.userId() != null && flag.allowUsers().contains(subject.userId())
                || subject.merchantId() != null && flag.allowMerchants().contains(subject.merchantId())
                || subject.roles().stream().anyMatch(flag.allowRoles()::contains)) {
            return true;
        }
        if (flag.rolloutPercent() == null || flag.rolloutPercent() == 0) {
            return false;
        }
        if (flag.rolloutPercent() == 100) {
            return true;
        }
        String key = flag.rolloutBy() == RolloutBy.USER ? subject.userId() : subject.merchantId();
        return key != null && Rollout.includes(flag.name(), key, flag.rolloutPercent());
    }

    /** The rules in a line, for the audit trail and the console. */
    public static String describe(Flag flag) {
        String state = flag.enabled() ? "on" : "off (killed)";
        if (!flag.targeted()) {
            return flag.enabled() ? "on for everyone" : state + ", no targeting";
        }
        List<String> rules = new ArrayList<>();
        if (flag.rolloutPercent() != null) {
            rules.add("rollout " + flag.rolloutPercent() + "% by " + flag.rolloutBy().name().toLowerCase());
        }
        addList(rules, "users", flag.allowUsers());
        addList(rules, "merchants", flag.allowMerchants());
        addList(rules, "roles", flag.allowRoles());
        return state + ", " + String.join(", ", rules);
    }

    private static void addList(List<String> rules, String what, Set<?> values) {
        if (!values.isEmpty()) {
            rules.add(what + " " + sorted(values));
        }
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(Object::toString).sorted().toList().toString();
    }
}

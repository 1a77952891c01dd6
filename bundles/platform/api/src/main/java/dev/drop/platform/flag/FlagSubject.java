package dev.drop.platform.flag;

import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import java.util.Set;

/**
 * Who a flag is evaluated for: the request's user, the merchant it acts on, and the user's roles. Any of them may
 * be absent (anonymous storefront visitors have none).
 */
public record FlagSubject(String userId, String merchantId, Set<Role> roles) {

    public FlagSubject {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static FlagSubject anonymous() {
        return new FlagSubject(null, null, Set.of());
    }

    public static FlagSubject of(Caller caller, String merchantId) {
        return caller == null ? new FlagSubject(null, merchantId, Set.of())
                : new FlagSubject(caller.subject(), merchantId, caller.roles());
    }
}

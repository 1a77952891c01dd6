package dev.drop.auth.internal.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.auth.AuthEvents;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.security.Role;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The domain events of accounts, as {@link AuthEvents} describes them. */
final class AccountEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountEvents() {
    }

    static DomainEvent registered(UUID id, String email) {
        return event(AuthEvents.USER_REGISTERED, id, Map.of("id", id.toString(), "email", email));
    }

    static DomainEvent rolesChanged(UUID id, Set<Role> roles) {
        return event(AuthEvents.ROLES_CHANGED, id, Map.of("id", id.toString(), "roles", roles.stream().map(Enum::name).sorted().toList()));
    }

    static DomainEvent lockChanged(UUID id, boolean locked) {
        return event(AuthEvents.LOCK_CHANGED, id, Map.of("id", id.toString(), "locked", locked));
    }

    private static DomainEvent event(String type, UUID user, Map<String, Object> payload) {
        try {
            return DomainEvents.create("auth", type, "user", user.toString(), JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload of plain values could not be written", e);
        }
    }
}

package dev.drop.transactions;

import java.util.Objects;
import java.util.UUID;

/** The owner of an account: a user, a merchant, or the platform under a name (a rail's, or {@code platform}). */
public record Owner(OwnerType type, String id) {

    public static final Owner PLATFORM = new Owner(OwnerType.PLATFORM, "platform");

    public Owner {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("an owner id has 1 to 100 characters");
        }
    }

    public static Owner user(UUID user) {
        return new Owner(OwnerType.USER, user.toString());
    }

    public static Owner merchant(UUID merchant) {
        return new Owner(OwnerType.MERCHANT, merchant.toString());
    }

    /** The platform's accounts kept for one rail (its clearing account). */
    public static Owner rail(String rail) {
        return new Owner(OwnerType.PLATFORM, "rail:" + rail);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}

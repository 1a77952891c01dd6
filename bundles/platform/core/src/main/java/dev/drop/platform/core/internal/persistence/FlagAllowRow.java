package dev.drop.platform.core.internal.persistence;

/** A row of {@code platform.flag_allow}: one allowlisted user, merchant or role of a flag. */
public record FlagAllowRow(String flag, String kind, String subject) {
}

package dev.drop.auth.internal.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.drop.platform.security.Role;
import java.util.List;

/** The JSON bodies the auth routes accept. */
final class Requests {

    private Requests() {
    }

    record Register(String email, String password) {
    }

    record Login(String email, String password, String totp, String recoveryCode) {
    }

    record Refresh(@JsonProperty("refresh_token") String refreshToken) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record TotpConfirmation(String code) {
    }

    record RolesChange(List<Role> roles, String reason) {
    }

    record LockChange(String reason) {
    }
}

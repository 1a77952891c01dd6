package dev.drop.merchants.internal.rest;

import dev.drop.merchants.MerchantRole;
import java.util.List;

/** The JSON bodies the merchants routes accept. */
final class Requests {

    private Requests() {
    }

    record NewStaff(String email, MerchantRole role) {
    }

    record NewKey(String name, List<String> scopes) {
    }

    record Review(String reason) {
    }
}

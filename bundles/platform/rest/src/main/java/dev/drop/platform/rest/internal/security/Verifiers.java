package dev.drop.platform.rest.internal.security;

import dev.drop.platform.security.TokenVerifier;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The token verifiers modules currently provide; they come and go with their modules. */
public final class Verifiers {

    private final List<TokenVerifier> verifiers = new CopyOnWriteArrayList<>();

    public void add(TokenVerifier verifier) {
        verifiers.add(verifier);
    }

    public void remove(TokenVerifier verifier) {
        verifiers.remove(verifier);
    }

    Optional<TokenVerifier> recognizing(String token) {
        for (TokenVerifier verifier : verifiers) {
            if (verifier.recognizes(token)) {
                return Optional.of(verifier);
            }
        }
        return Optional.empty();
    }
}

package dev.drop.merchants.internal;

import dev.drop.platform.security.Caller;
import dev.drop.platform.security.TokenVerifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Lets the platform's REST layer authenticate requests that carry a merchant API key. */
@Component(service = TokenVerifier.class)
public final class ApiKeyVerifier implements TokenVerifier {

    private final ApiKeys keys;

    @Activate
    public ApiKeyVerifier(@Reference ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean recognizes(String bearerToken) {
        return keys.recognizes(bearerToken);
    }

    @Override
    public Caller verify(String bearerToken) {
        return keys.verify(bearerToken);
    }
}

package dev.drop.platform.rest.internal.security;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.InvalidTokenException;
import dev.drop.platform.security.TokenVerifier;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

/**
 * Verifies the bearer credentials a request carries, through the verifier that recognises them, and makes the caller
 * the request's principal. A request without credentials stays anonymous (routes decide whether that is enough);
 * credentials that fail verification are refused outright; credentials no present verifier recognises (malformed, or
 * their module is disabled) leave the request unauthenticated, so protected routes fail closed.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthentication implements ContainerRequestFilter {

    /** Request property holding the {@link CredentialShape} of credentials that no verifier present could check. */
    static final String UNVERIFIABLE = "dev.drop.security.unverifiable";

    private static final String SCHEME = "Bearer ";

    private final Verifiers verifiers;

    public BearerAuthentication(Verifiers verifiers) {
        this.verifiers = verifiers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return;
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw refused("invalid_request", "Send credentials as 'Authorization: Bearer <token>'.");
        }
        String token = authorization.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw refused("invalid_request", "The bearer token is empty.");
        }
        Optional<TokenVerifier> verifier = verifiers.recognizing(token);
        if (verifier.isEmpty()) {
            request.setProperty(UNVERIFIABLE, CredentialShape.of(token));
            return;
        }
        Caller caller;
        try {
            caller = verifier.get().verify(token);
        } catch (InvalidTokenException e) {
            throw refused("invalid_token", e.getMessage());
        }
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
    }

    static RuntimeException refused(String error, String detail) {
        return ProblemType.UNAUTHORIZED.exception(detail, Map.of(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"drop\", error=\"" + error + "\""));
    }
}

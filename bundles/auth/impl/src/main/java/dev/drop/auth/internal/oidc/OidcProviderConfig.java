package dev.drop.auth.internal.oidc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One OIDC provider users may sign in through, in {@code etc/dev.drop.auth.oidc-<name>.cfg}. The provider must know
 * {@link #redirectUri()} as a redirect URI of the client.
 */
@ObjectClassDefinition(name = "Drop OIDC provider", description = "Sign-in through an OpenID Connect provider",
        factoryPid = OidcProviderConfig.FACTORY_PID)
public @interface OidcProviderConfig {

    String FACTORY_PID = "dev.drop.auth.oidc";

    @AttributeDefinition(description = "The provider's name in URLs: /api/v1/auth/oidc/<name>/start.")
    String name();

    @AttributeDefinition(description = "The name shown to users; the name when empty.")
    String displayName() default "";

    @AttributeDefinition(description = "The issuer; its discovery document is <issuer>/.well-known/openid-configuration.")
    String issuer();

    @AttributeDefinition(description = "The client id Drop has at the provider.")
    String clientId();

    @AttributeDefinition(name = ".clientSecret", description = "The client secret; empty for a public client (PKCE only).")
    String _clientSecret() default "";

    @AttributeDefinition(description = "Where the provider sends the browser back: <public base>/api/v1/auth/oidc/<name>/callback.")
    String redirectUri();

    @AttributeDefinition(description = "Scopes asked for, separated by spaces; openid is always among them.")
    String scopes() default "openid email profile";

    @AttributeDefinition(description = "The id_token signature algorithm accepted (asymmetric only).")
    String idTokenAlgorithm() default "RS256";

    @AttributeDefinition(description = "Whether a first sign-in with an e-mail address the provider verified joins the "
            + "existing Drop account with that address.")
    boolean linkVerifiedEmail() default true;

    @AttributeDefinition(description = "Milliseconds to wait for the provider on each call.")
    int timeoutMillis() default 5000;
}

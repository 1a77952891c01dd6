package dev.drop.platform.core.internal.ssh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.AbstractKarafLoginModule;
import org.apache.karaf.jaas.modules.publickey.PublickeyCallback;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * Signs a console user in by an Ed25519 public key listed in {@code etc/keys.properties}, in Karaf's format
 * ({@code user = <base64 key>,role,_g_:group} and {@code _g_\:group = group,role,...}), with the roles Karaf's own
 * module would give. Keys of other types are Karaf's module's: this one takes no part for them.
 */
public final class Ed25519KeyLoginModule extends AbstractKarafLoginModule {

    static final String KEYS_FILE = "users";
    private static final String GROUP_PREFIX = "_g_:";

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        super.initialize(subject, callbackHandler, options);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PublickeyCallback key = new PublickeyCallback();
        try {
            callbackHandler.handle(new Callback[] {name, key});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("no user name and public key to sign in with: " + e.getMessage());
        }
        if (key.getPublicKey() == null || !KeyPairProvider.SSH_ED25519.equals(KeyUtils.getKeyType(key.getPublicKey()))) {
            return false;
        }
        Properties keys = keys();
        String entry = name.getName() == null ? null : keys.getProperty(name.getName());
        if (entry == null || !matches(key.getPublicKey(), entry.split(",")[0].trim())) {
            throw new FailedLoginException("login failed");
        }
        user = name.getName();
        principals.add(new UserPrincipal(user));
        String[] grants = entry.split(",");
        for (int i = 1; i < grants.length; i++) {
            String grant = grants[i].trim();
            if (grant.startsWith(GROUP_PREFIX)) {
                principals.add(new GroupPrincipal(grant.substring(GROUP_PREFIX.length())));
                String[] roles = keys.getProperty(grant, "").split(",");
                for (int j = 1; j < roles.length; j++) {
                    principals.add(new RolePrincipal(roles[j].trim()));
                }
            } else if (!grant.isEmpty()) {
                principals.add(new RolePrincipal(grant));
            }
        }
        succeeded = true;
        return true;
    }

    private Properties keys() throws LoginException {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of((String) options.get(KEYS_FILE)), StandardCharsets.ISO_8859_1)) {
            keys.load(in);
        } catch (IOException e) {
            throw new LoginException("the keys file cannot be read: " + e.getMessage());
        }
        return keys;
    }

    private static boolean matches(PublicKey presented, String stored) {
        try {
            PublicKey listed = new ByteArrayBuffer(Base64.getDecoder().decode(stored)).getRawPublicKey();
            return KeyUtils.compareKeys(presented, listed);
        } catch (IOException | RuntimeException notAKey) {
            return false;
        }
    }
}

package dev.drop.platform.core.internal.ssh;

import java.io.File;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The console's login realm: Karaf's own ({@code karaf}: passwords, RSA, DSA and ECDSA keys, auditing), ranked
 * above it and with one login module more, for the Ed25519 keys in {@code etc/keys.properties} that Karaf's public
 * key module does not know. The console's SSH server accepts their signatures (its {@code sigAlgorithms}).
 */
@Component(service = JaasRealm.class, property = SshKeysRealm.OURS + "=true")
public final class SshKeysRealm implements JaasRealm {

    static final String OURS = "drop.realm";
    private static final String NAME = "karaf";

    private final BundleContext context;
    private final List<JaasRealm> others = new CopyOnWriteArrayList<>();

    @Activate
    public SshKeysRealm(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(!(" + OURS + "=true))")
    void addRealm(JaasRealm realm) {
        others.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        others.remove(realm);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return karafs().mapToInt(JaasRealm::getRank).max().orElse(0) + 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        AppConfigurationEntry[] karaf = karafs().max(Comparator.comparingInt(JaasRealm::getRank))
                .map(JaasRealm::getEntries).orElse(new AppConfigurationEntry[0]);
        AppConfigurationEntry[] entries = Arrays.copyOf(karaf, karaf.length + 1);
        entries[karaf.length] = ed25519Keys();
        return entries;
    }

    private Stream<JaasRealm> karafs() {
        return others.stream().filter(realm -> NAME.equals(realm.getName()));
    }

    private AppConfigurationEntry ed25519Keys() {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, Ed25519KeyLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(Ed25519KeyLoginModule.KEYS_FILE, System.getProperty("karaf.etc") + File.separator + "keys.properties");
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.OPTIONAL,
                options);
    }
}

package dev.drop.platform.module;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns modules on and off while everything else keeps serving. The desired state is stored in the database, so it
 * survives restarts and is the same on every node; each node reconciles its installed features to it. Enabling
 * and disabling never refresh or restart another module's bundles. Changes are audited with the actor and reason.
 */
@ProviderType
public interface ModuleService {

    List<ModuleInfo> list();

    Optional<ModuleInfo> find(String name);

    /**
     * Installs the module and waits until its routes are served.
     *
     * @throws ModuleException when it cannot start (a missing requirement, a failed migration); nothing is left
     *                         half-installed
     */
    ModuleChange enable(String name, String actor, String reason);

    /** Uninstalls the module and waits until its routes are gone. Its data stays. */
    ModuleChange disable(String name, String actor, String reason);

    /**
     * Hot-deploys a new build of one of the module's bundles, read from {@code bundleJar}: the bundle with the
     * same symbolic name is updated in place, nothing else is refreshed, and the build stays in place across
     * later feature operations.
     */
    ModuleChange update(String name, URI bundleJar, String actor, String reason);

    /** The module whose routes include {@code apiPath} (e.g. {@code /v1/cards/12}), when it is not active. */
    Optional<ModuleInfo> unavailableModuleServing(String apiPath);

    /**
     * The module whose web pages include {@code path} (e.g. {@code /shop/perfume}), in whatever state: for a path no
     * servlet serves, whether it is a page of a module that is switched off, or not up, or not taken up by the web
     * server yet.
     */
    Optional<ModuleInfo> moduleServingPage(String path);
}

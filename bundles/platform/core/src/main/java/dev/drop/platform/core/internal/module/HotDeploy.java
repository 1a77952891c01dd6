package dev.drop.platform.core.internal.module;

import dev.drop.platform.module.ModuleException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Replaces one bundle of a running module with a new build, in place: the bundle with the build's symbolic name is
 * updated from it, and the build is also written where the feature's {@code mvn:} location points in Karaf's
 * {@code system/} repository, so that a later feature operation does not put the old build back. A bundle other
 * bundles import from is refused: updating it would mean refreshing them.
 */
final class HotDeploy {

    private final SystemRepository repository;

    HotDeploy(SystemRepository repository) {
        this.repository = repository;
    }

    /** A bundle replaced by a new build, and whether the build will also survive reinstalling the module. */
    record Deployed(Bundle bundle, boolean kept) {
    }

    Deployed apply(String module, Collection<Bundle> moduleBundles, URI build) {
        Path jar = download(build);
        try {
            String symbolicName = symbolicNameOf(jar);
            Bundle target = moduleBundles.stream().filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).findFirst()
                    .orElseThrow(() -> new ModuleException("module " + module + " has no bundle " + symbolicName
                            + "; its bundles are " + moduleBundles.stream().map(Bundle::getSymbolicName).toList()));
            List<String> dependants = dependantsOf(target);
            if (!dependants.isEmpty()) {
                throw new ModuleException("bundle " + symbolicName + " exports packages that " + dependants
                        + " use; updating it in place would restart them. Release a new version of the module instead.");
            }
            Optional<Path> kept = repository.fileOf(target.getLocation());
            kept.ifPresent(file -> copy(jar, file));
            try (InputStream in = Files.newInputStream(jar)) {
                target.update(in);
            }
            return new Deployed(target, kept.isPresent());
        } catch (IOException | BundleException e) {
            throw new ModuleException("module " + module + " could not be updated from " + build + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(jar);
        }
    }

    private static Path download(URI build) {
        try {
            Path jar = Files.createTempFile("drop-hot-deploy", ".jar");
            try (InputStream in = build.toURL().openStream()) {
                Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            return jar;
        } catch (IOException | IllegalArgumentException e) {
            throw new ModuleException("cannot read the build at " + build + ": " + e.getMessage(), e);
        }
    }

    private static String symbolicNameOf(Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                throw new ModuleException("the build is not an OSGi bundle (no Bundle-SymbolicName)");
            }
            return name.split(";")[0].trim();
        }
    }

    private static List<String> dependantsOf(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return List.of();
        }
        return wiring.getProvidedWires(PackageNamespace.PACKAGE_NAMESPACE).stream().map(BundleWire::getRequirer)
                .map(requirer -> requirer.getBundle().getSymbolicName()).filter(name -> !name.equals(bundle.getSymbolicName()))
                .distinct().collect(Collectors.toList());
    }

    private static void copy(Path jar, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(jar, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ModuleException("cannot write the build to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

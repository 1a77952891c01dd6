package dev.drop.platform.core.internal.module;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Karaf's own Maven repository ({@code system/}) keeps the artifact behind a {@code mvn:} bundle location.
 * A hot-deployed build is written there too, or the next feature operation would put the old build back. (Other
 * locations cannot be written back: Karaf installs {@code file:} and {@code http:} bundles from its own copy.)
 */
final class SystemRepository {

    private final Path root;

    SystemRepository(Path root) {
        this.root = root;
    }

    /** The file for {@code mvn:group/artifact/version[/type[/classifier]]}, or empty for other locations. */
    Optional<Path> fileOf(String location) {
        if (!location.startsWith("mvn:")) {
            return Optional.empty();
        }
        String[] parts = location.substring("mvn:".length()).split("/");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String group = parts[0];
        String artifact = parts[1];
        String version = parts[2];
        String type = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : "jar";
        String classifier = parts.length > 4 && !parts[4].isEmpty() ? "-" + parts[4] : "";
        return Optional.of(root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + classifier + "." + type));
    }
}

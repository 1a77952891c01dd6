package dev.drop.catalog.internal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The image files on disk, named by the SHA-256 of their bytes: the same picture is stored once, a name never
 * changes meaning (so it may be cached forever) and a name can never reach outside the directory.
 */
@Component(service = MediaFiles.class, configurationPid = "dev.drop.catalog.media")
@Designate(ocd = MediaSettings.class)
public final class MediaFiles {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(jpg|png)");

    private final Path directory;
    private final ImagePipeline pipeline;
    private final ImageLimits limits;

    @Activate
    public MediaFiles(MediaSettings settings) {
        this(Path.of(settings.directory()), new ImageLimits(settings.maxUploadBytes(), settings.maxPixels(),
                Arrays.stream(settings.widths().split(",")).map(String::strip).map(Integer::valueOf).toList()));
    }

    public MediaFiles(Path directory, ImageLimits limits) {
        this.directory = directory.toAbsolutePath();
        this.limits = limits;
        this.pipeline = new ImagePipeline(limits);
    }

    public ImagePipeline pipeline() {
        return pipeline;
    }

    public ImageLimits limits() {
        return limits;
    }

    /** Writes the rendition unless a file of that name (so of those bytes) is already there; never a partial file. */
    public void write(Rendition rendition) {
        Path target = path(rendition.file()).orElseThrow();
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, rendition.bytes());
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store image file " + rendition.file(), e);
        }
    }

    /** The file of that name, if the name is one this store gives and the file exists. */
    public Optional<Path> find(String name) {
        return path(name).filter(Files::isRegularFile);
    }

    public void delete(String name) {
        Optional<Path> file = path(name);
        if (file.isPresent()) {
            try {
                Files.deleteIfExists(file.get());
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete image file " + name, e);
            }
        }
    }

    /**
     * Deletes the files changed before {@code before} that {@code inUse} does not claim, and uploads interrupted
     * before then; returns how many files went. Newer files are left alone: an upload writes its files before the
     * rows that name them commit.
     */
    public int sweep(Instant before, Predicate<String> inUse) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> all = Files.walk(directory, 2)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                boolean ours = NAME.matcher(name).matches() || name.startsWith(".upload-");
                if (ours && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && (name.startsWith(".upload-") || !inUse.test(name)) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not sweep " + directory, e);
        }
        return deleted;
    }

    public static String contentType(String name) {
        return name.endsWith(".png") ? "image/png" : "image/jpeg";
    }

    private Optional<Path> path(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(directory.resolve(name.substring(0, 2)).resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

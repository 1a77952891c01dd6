package dev.drop.catalog.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    @TempDir
    Path directory;

    @Test
    void storesFilesUnderTheirNameAndNeverOutsideTheDirectory() {
        MediaFiles files = new MediaFiles(directory, new ImageLimits(1000, 1000, List.of(320)));
        String name = "ab" + "0".repeat(62) + ".jpg";

        files.write(new Rendition(320, 200, "image/jpeg", new byte[] {1, 2, 3}, name));

        assertTrue(files.find(name).isPresent());
        assertTrue(Files.exists(directory.resolve("ab").resolve(name)));
        assertFalse(files.find("../" + name).isPresent());
        assertFalse(files.find("ab/" + name).isPresent());
    }

    @Test
    void sweepsOldFilesNothingUsesAndInterruptedUploads() throws IOException {
        MediaFiles files = new MediaFiles(directory, new ImageLimits(1000, 1000, List.of(320)));
        Instant now = Instant.now();
        String used = "a".repeat(64) + ".jpg";
        String orphan = "b".repeat(64) + ".jpg";
        String fresh = "c".repeat(64) + ".png";
        Path partial = file(".upload-123.tmp", now.minus(Duration.ofHours(3)));
        file(used, now.minus(Duration.ofHours(3)));
        file(orphan, now.minus(Duration.ofHours(3)));
        file(fresh, now);
        Path foreign = file("notes.txt", now.minus(Duration.ofHours(3)));

        int deleted = files.sweep(now.minus(Duration.ofHours(1)), Set.of(used)::contains);

        assertEquals(2, deleted);
        assertTrue(files.find(used).isPresent());
        assertFalse(files.find(orphan).isPresent());
        assertTrue(files.find(fresh).isPresent(), "younger than the grace period");
        assertFalse(Files.exists(partial));
        assertTrue(Files.exists(foreign), "not a file this store names");
    }

    private Path file(String name, Instant changed) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(name.startsWith(".") ? "ab" : name.substring(0, 2)));
        Path file = Files.write(folder.resolve(name), new byte[] {7});
        Files.setLastModifiedTime(file, FileTime.from(changed));
        return file;
    }
}

package dev.drop.catalog.internal.media;

import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.ImageMapper;
import dev.drop.platform.db.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes image files no image uses that a process ending mid-upload or mid-delete left behind (normal deletes remove
 * their files at once). Runs a minute after the module starts, then daily; files younger than an hour are never
 * touched, so uploads in progress on any node sharing the directory are safe.
 */
@Component(service = {}, immediate = true)
public final class MediaSweep {

    private static final Logger LOG = LoggerFactory.getLogger(MediaSweep.class);
    private static final Duration GRACE = Duration.ofHours(1);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "drop-media-sweep");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public MediaSweep(@Reference CatalogStore store, @Reference MediaFiles files) {
        Transactions transactions = store.transactions();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int deleted = files.sweep(Instant.now().minus(GRACE),
                        name -> transactions.read(db -> db.getMapper(ImageMapper.class).fileInUse(name)));
                if (deleted > 0) {
                    LOG.info("removed {} image files that no image uses", deleted);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not sweep the image files; trying again tomorrow", e);
            }
        }, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}

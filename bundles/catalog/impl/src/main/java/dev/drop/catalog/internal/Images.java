package dev.drop.catalog.internal;

import dev.drop.catalog.internal.media.ImagePipeline;
import dev.drop.catalog.internal.media.MediaFiles;
import dev.drop.catalog.internal.media.Rendition;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.ImageFileRow;
import dev.drop.catalog.internal.persistence.ImageMapper;
import dev.drop.catalog.internal.persistence.ImageRow;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pictures of a product: uploaded, described, ordered and deleted by the merchant's managers. Files no image
 * uses any more are removed as soon as the change that freed them has committed.
 */
@Component(service = Images.class)
public final class Images {

    public static final int MAX_PER_PRODUCT = 20;
    private static final int MAX_ALT = 300;

    private final Transactions transactions;
    private final Products products;
    private final MediaFiles media;
    private final AuditLog audit;
    /** Decoding a large photo takes a few hundred milliseconds and tens of megabytes: one per core at a time. */
    private final Semaphore decoding = new Semaphore(Runtime.getRuntime().availableProcessors());

    @Activate
    public Images(@Reference CatalogStore store, @Reference Products products, @Reference MediaFiles media,
                  @Reference AuditLog audit) {
        this.transactions = store.transactions();
        this.products = products;
        this.media = media;
        this.audit = audit;
    }

    public long maxUploadBytes() {
        return media.limits().maxBytes();
    }

    public List<ProductImage> list(UUID merchant, Caller caller, UUID product) {
        return products.get(merchant, caller, product).images();
    }

    public ProductImage add(UUID merchant, Caller caller, UUID product, byte[] upload, String alt) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String text = alt(alt);
        if (products.get(merchant, caller, product).images().size() >= MAX_PER_PRODUCT) {
            throw tooMany();
        }
        ImagePipeline.Prepared prepared = prepare(upload);
        prepared.renditions().forEach(media::write);
        String files = ImageFileRow.format(prepared.renditions().stream()
                .map(rendition -> new ImageFileRow(rendition.width(), rendition.height(), rendition.file())).toList());
        ImageRow row = new ImageRow(UUID.randomUUID(), product, merchant, 0, text, prepared.width(), prepared.height(),
                files, Instant.now().truncatedTo(ChronoUnit.MICROS));
        try {
            transactions.run(db -> {
                ImageMapper images = db.getMapper(ImageMapper.class);
                int count = images.countImages(product);
                if (count >= MAX_PER_PRODUCT) {
                    throw tooMany();
                }
                images.insertImage(new ImageRow(row.id(), product, merchant, count, text, row.width(), row.height(),
                        files, row.createdAt()));
                for (Rendition rendition : prepared.renditions()) {
                    images.insertFile(row.id(), rendition.width(), rendition.height(), rendition.file(),
                            rendition.contentType(), rendition.bytes().length);
                }
            });
        } catch (RuntimeException e) {
            release(transactions, media, prepared.renditions().stream().map(Rendition::file).toList());
            throw e;
        }
        // a concurrent delete of an image with the same bytes may have removed a file between write and commit
        prepared.renditions().forEach(media::write);
        audit.record(actor(caller), "catalog.image.add", "product:" + product, prepared.width() + "x" + prepared.height());
        return find(merchant, caller, product, row.id());
    }

    public ProductImage describe(UUID merchant, Caller caller, UUID product, UUID image, String alt) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String text = alt(alt);
        requireProduct(merchant, caller, product);
        if (transactions.inTransaction(db -> db.getMapper(ImageMapper.class).updateAlt(product, image, text)) != 1) {
            throw notFound(image);
        }
        return find(merchant, caller, product, image);
    }

    /** Puts the product's images in the given order, which must name each of them once. */
    public List<ProductImage> reorder(UUID merchant, Caller caller, UUID product, List<UUID> order) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        List<ProductImage> current = products.get(merchant, caller, product).images();
        Set<UUID> ids = new HashSet<>(current.stream().map(image -> image.row().id()).toList());
        if (order == null || order.size() != ids.size() || !ids.equals(new HashSet<>(order))) {
            throw ProblemType.VALIDATION.exception("The order must name each image of the product exactly once.",
                    List.of(new FieldError("imageIds", "must be the ids of this product's " + ids.size() + " images")));
        }
        transactions.run(db -> {
            ImageMapper images = db.getMapper(ImageMapper.class);
            for (int i = 0; i < order.size(); i++) {
                images.updatePosition(product, order.get(i), i);
            }
        });
        return list(merchant, caller, product);
    }

    public void delete(UUID merchant, Caller caller, UUID product, UUID image) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        requireProduct(merchant, caller, product);
        List<String> files = transactions.inTransaction(db -> {
            ImageMapper images = db.getMapper(ImageMapper.class);
            List<String> names = images.fileNamesOfImage(image);
            if (images.deleteImage(product, image) != 1) {
                throw notFound(image);
            }
            return names;
        });
        release(transactions, media, files);
        audit.record(actor(caller), "catalog.image.delete", "product:" + product, "image " + image);
    }

    /** Deletes those of the files that no image uses (any more). */
    static void release(Transactions transactions, MediaFiles media, Collection<String> files) {
        for (String file : Set.copyOf(files)) {
            if (!transactions.read(db -> db.getMapper(ImageMapper.class).fileInUse(file))) {
                media.delete(file);
            }
        }
    }

    private ImagePipeline.Prepared prepare(byte[] upload) {
        try {
            if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
                throw ProblemType.UNAVAILABLE.exception("Too many images are being processed; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemType.UNAVAILABLE.exception("The upload was interrupted.");
        }
        try {
            return media.pipeline().prepare(upload);
        } finally {
            decoding.release();
        }
    }

    private void requireProduct(UUID merchant, Caller caller, UUID product) {
        products.get(merchant, caller, product);
    }

    private ProductImage find(UUID merchant, Caller caller, UUID product, UUID image) {
        return list(merchant, caller, product).stream().filter(found -> found.row().id().equals(image)).findFirst()
                .orElseThrow(() -> notFound(image));
    }

    private static String alt(String alt) {
        String text = alt == null ? "" : alt.strip();
        if (text.length() > MAX_ALT) {
            throw ProblemType.VALIDATION.exception("The alt text is too long.", List.of(new FieldError("alt",
                    "at most " + MAX_ALT + " characters")));
        }
        return text;
    }

    private static RuntimeException tooMany() {
        return ProblemType.CONFLICT.exception("The product already has " + MAX_PER_PRODUCT + " images, the most it may have.");
    }

    private static RuntimeException notFound(UUID image) {
        return ProblemType.NOT_FOUND.exception("The product has no image " + image + ".");
    }

    private static String actor(Caller caller) {
        return caller.scopes().isEmpty() ? "user:" + caller.subject() : caller.subject();
    }
}

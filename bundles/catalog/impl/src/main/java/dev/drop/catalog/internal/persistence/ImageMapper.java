package dev.drop.catalog.internal.persistence;

import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code catalog.image} and {@code catalog.image_file}. */
public interface ImageMapper {

    /** The products' images, by product and position. */
    List<ImageRow> imagesOf(@Param("productIds") UUID[] productIds);

    /** The same with only what shoppers see (the shorter {@link ImageRow} constructor). */
    List<ImageRow> shownImagesOf(@Param("productIds") UUID[] productIds);

    /** Files of the product's images, for removing the ones no other image uses once the product is gone. */
    List<String> fileNamesOfProduct(@Param("productId") UUID productId);

    List<String> fileNamesOfImage(@Param("imageId") UUID imageId);

    int countImages(@Param("productId") UUID productId);

    int countImagesOfMerchant(@Param("merchantId") UUID merchantId);

    boolean fileInUse(@Param("file") String file);

    void insertImage(ImageRow row);

    void insertFile(@Param("imageId") UUID imageId, @Param("width") int width, @Param("height") int height,
                    @Param("file") String file, @Param("contentType") String contentType, @Param("bytes") long bytes);

    int updateAlt(@Param("productId") UUID productId, @Param("id") UUID id, @Param("alt") String alt);

    int updatePosition(@Param("productId") UUID productId, @Param("id") UUID id, @Param("position") int position);

    int deleteImage(@Param("productId") UUID productId, @Param("id") UUID id);
}

package dev.drop.catalog.internal.media;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop media", description = "Where product images are kept and what an upload may be")
public @interface MediaSettings {

    @AttributeDefinition(description = "Directory of the image files (content-addressed, shared by every node of a cluster)")
    String directory() default "data/media";

    @AttributeDefinition(description = "Largest upload, in bytes")
    long maxUploadBytes() default 15_728_640;

    @AttributeDefinition(description = "Largest image, in decoded pixels (width × height); refuses decompression bombs")
    long maxPixels() default 50_000_000;

    @AttributeDefinition(description = "Widths, in pixels, each image is stored in, separated by commas")
    String widths() default "320,640,1024,1600";
}

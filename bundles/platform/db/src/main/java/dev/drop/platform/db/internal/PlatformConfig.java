package dev.drop.platform.db.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop platform", description = "Settings of the whole platform.")
@interface PlatformConfig {

    String PID = "dev.drop.platform";

    @AttributeDefinition(description = "dev or prod. In prod the platform refuses to run on the embedded H2 database.")
    String profile() default "dev";
}

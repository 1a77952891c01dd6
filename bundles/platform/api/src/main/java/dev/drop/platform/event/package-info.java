/** Domain events modules publish to each other. */
@Export
@Version("1.1.0")
package dev.drop.platform.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

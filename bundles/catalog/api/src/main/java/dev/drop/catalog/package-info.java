/** The catalog module's types for other modules. */
@Export
@Version("1.1.0")
package dev.drop.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

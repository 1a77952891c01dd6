/** What resources read from requests the same way everywhere: ids in paths, bodies, the version an If-Match names. */
@Export
@Version("1.0.0")
package dev.drop.platform.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

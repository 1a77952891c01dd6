/** Keyset (cursor) paging of lists. */
@Export
@Version("1.0.0")
package dev.drop.platform.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

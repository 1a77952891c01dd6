/** The append-only, hash-chained audit trail every module writes to. */
@Export
@Version("1.0.0")
package dev.drop.platform.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** RFC 9457 problem details: the one shape of every error Drop returns. */
@Export
@Version("1.0.0")
package dev.drop.platform.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Feature flags inside modules: kill switches, allowlists and sticky percentage rollouts. */
@Export
@Version("2.0.0")
package dev.drop.platform.flag;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Health checks modules contribute to the platform's health report. */
@Export
@Version("1.0.0")
package dev.drop.platform.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Modules as operators see them: listed, enabled, disabled and hot-deployed while the platform serves. */
@Export
@Version("1.2.0")
package dev.drop.platform.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

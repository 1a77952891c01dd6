/** The merchants module's services for other modules: merchants, their public state, and what a caller may do there. */
@Export
@Version("1.1.0")
package dev.drop.merchants;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

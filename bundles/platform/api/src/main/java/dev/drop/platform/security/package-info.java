/** Who is calling: the authenticated principal and its roles. */
@Export
@Version("1.2.0")
package dev.drop.platform.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

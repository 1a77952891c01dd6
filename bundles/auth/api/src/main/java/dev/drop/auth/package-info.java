/** The auth module's services for other modules: looking up users and granting them roles. */
@Export
@Version("1.2.0")
package dev.drop.auth;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** What resources read from requests the same way everywhere: ids in paths, bodies, If-Match versions, uploaded parts. */
@Export
@Version("1.1.0")
package dev.drop.platform.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

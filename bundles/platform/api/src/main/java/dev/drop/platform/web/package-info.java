/**
 * What web entry points and resources do with requests the same way everywhere: request ids, ids in paths, bodies,
 * If-Match versions, uploaded parts.
 */
@Export
@Version("1.3.0")
package dev.drop.platform.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

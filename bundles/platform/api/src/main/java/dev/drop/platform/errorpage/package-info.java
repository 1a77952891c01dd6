/**
 * The answers the platform gives itself when no module can: a path nothing serves, a module switched off, the web
 * server starting, a request its parser refuses. Problem JSON below {@code /api}, a page in the storefront's look
 * elsewhere; never the web server's own error page. Depends on nothing but the JDK and the servlet API, so that the
 * web server's own error handler can carry a copy.
 */
@Export
@Version("1.0.0")
package dev.drop.platform.errorpage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

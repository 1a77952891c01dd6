/** Helpers for modules' {@code drop:*} console commands: who is typing, and options written after a sub-command. */
@Export
@Version("1.0.0")
package dev.drop.platform.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

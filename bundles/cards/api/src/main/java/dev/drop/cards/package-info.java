/** The cards module's types for other modules: authorization rules they contribute, and the events cards publish. */
@Export
@Version("1.0.0")
package dev.drop.cards;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

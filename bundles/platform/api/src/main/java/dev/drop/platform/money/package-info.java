/** Amounts of money in integer minor units of an ISO 4217 currency. */
@Export
@Version("1.0.0")
package dev.drop.platform.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

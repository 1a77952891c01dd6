/**
 * How a module gets at its own schema: {@link dev.drop.platform.db.Database#open} migrates the schema with the
 * module's Flyway scripts and hands back {@link dev.drop.platform.db.Transactions} over a MyBatis session factory
 * built from the module's mapper classes.
 */
@Export
@Version("1.2.0")
package dev.drop.platform.db;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

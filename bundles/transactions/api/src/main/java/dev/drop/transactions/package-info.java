/**
 * The transactions module's services for other modules: the double-entry {@link dev.drop.transactions.Ledger}
 * (accounts, immutable transfers, linked chains, two-phase holds) and the {@link dev.drop.transactions.PaymentRail}
 * plug-in point for banks.
 */
@Export
@Version("1.0.0")
package dev.drop.transactions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

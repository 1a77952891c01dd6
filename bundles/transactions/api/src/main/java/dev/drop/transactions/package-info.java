/**
 * The transactions module's services for other modules: the double-entry {@link dev.drop.transactions.Ledger}
 * (accounts, immutable transfers, linked chains, two-phase holds), and the plug-in points: {@link
 * dev.drop.transactions.PaymentRail} for banks, {@link dev.drop.transactions.RateSource} for exchange rates and {@link
 * dev.drop.transactions.TransactionScreening} for screening money that leaves; {@link dev.drop.transactions.Checkout}
 * for shops that sell through Drop.
 */
@Export
@Version("1.3.0")
package dev.drop.transactions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

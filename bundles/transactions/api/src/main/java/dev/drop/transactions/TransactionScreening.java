package dev.drop.transactions;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Screens money leaving for another party (sanctions, AML rules) before it is paid out; implemented by the compliance
 * module. While no screening service is present, remittances wait and are never paid out unscreened. A remittance
 * held for review is asked about again until the service clears or rejects it, so {@link #screen} must answer the
 * same request (by {@link ScreeningRequest#reference()}) consistently and may be called several times.
 */
@ConsumerType
public interface TransactionScreening {

    ScreeningDecision screen(ScreeningRequest request);
}

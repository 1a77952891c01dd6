package dev.drop.platform.db;

import dev.drop.platform.web.StoredResponse;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Idempotency keys for requests that must not take effect twice (the IETF httpapi {@code Idempotency-Key} draft):
 * the first request with a key runs, and its response is kept; a retry with the same key and the same request gets
 * that response again, byte for byte, with its status; the same key with a different request is a 422 problem; a
 * retry while the first is still running is a 409 problem. The key's record is written in the transaction of the
 * effect, so a crash can neither lose the record of an effect nor let a retry repeat it.
 */
@ProviderType
public interface Idempotency {

    /** The request header carrying the key. */
    String HEADER = "Idempotency-Key";

    /**
     * Runs {@code work} in one transaction of {@code transactions} unless this request already ran, and returns its
     * response: a new one, a kept one, or a kept problem. A {@link dev.drop.platform.problem.ProblemException} with a
     * 4xx status thrown by the work rolls its transaction back and becomes the kept response (the same request would
     * meet the same refusal); a 429, a 5xx or any other failure keeps nothing, so a retry runs again.
     *
     * @throws dev.drop.platform.problem.ProblemException 409 while another request with this key runs, 422 when the key
     *                                                     was used for a different request
     */
    StoredResponse perform(IdempotentRequest request, Transactions transactions, IdempotentWork work);
}

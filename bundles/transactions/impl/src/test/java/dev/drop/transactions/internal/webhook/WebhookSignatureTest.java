package dev.drop.transactions.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's reference vector. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsTheReferenceVector() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void anyChangeToWhatIsSignedChangesTheSignature() {
        String reference = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertNotEquals(reference, WebhookSignature.sign(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}"));
        assertNotEquals(reference, WebhookSignature.sign(SECRET, ID, TIMESTAMP + 1, BODY));
        assertNotEquals(reference, WebhookSignature.sign(SECRET, "msg_other", TIMESTAMP, BODY));
    }

    @Test
    void newSecretsAreDistinctAndSign() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_") && !one.equals(two));
        assertNotEquals(WebhookSignature.sign(one, ID, TIMESTAMP, BODY), WebhookSignature.sign(two, ID, TIMESTAMP, BODY));
    }

    @Test
    void retriesSpanAboutThreeDaysWithGrowingPauses() {
        Duration total = RetrySchedule.total();
        assertTrue(total.compareTo(Duration.ofDays(3)) >= 0 && total.compareTo(Duration.ofDays(4)) < 0, total.toString());
        for (int attempt = 2; attempt <= RetrySchedule.PAUSES.size(); attempt++) {
            assertTrue(RetrySchedule.after(attempt).orElseThrow().compareTo(RetrySchedule.after(attempt - 1).orElseThrow()) >= 0);
        }
        assertTrue(RetrySchedule.after(RetrySchedule.PAUSES.size() + 1).isEmpty());
    }
}

package dev.drop.rail.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.money.Money;
import dev.drop.transactions.RailCallback;
import dev.drop.transactions.RailCallbackRejectedException;
import dev.drop.transactions.RailEvent;
import dev.drop.transactions.RailUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankMessagesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private final BankMessages messages = new BankMessages(SECRET);

    @Test
    void signsThePublishedStandardWebhooksExample() {
        Map<String, String> headers = messages.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertThat(headers).containsEntry("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
                .containsEntry("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek").containsEntry("webhook-timestamp", "1614265330");
    }

    @Test
    void readsWhatItSignedAndRefusesAnythingElse() {
        UUID reference = UUID.randomUUID();
        String body = BankMessages.payload(RailEvent.PAYOUT_RETURNED, reference, "account closed");
        long now = Instant.now().getEpochSecond();

        List<RailUpdate> updates = messages.read(callback(messages.sign("msg_1", now, body), body));
        assertThat(updates).containsExactly(new RailUpdate("msg_1", reference, RailEvent.PAYOUT_RETURNED, "account closed"));

        assertThatThrownBy(() -> messages.read(callback(Map.of(), body))).isInstanceOf(RailCallbackRejectedException.class);
        assertThatThrownBy(() -> messages.read(callback(messages.sign("msg_2", now, body), body.replace("closed", "open"))))
                .isInstanceOf(RailCallbackRejectedException.class);
        assertThatThrownBy(() -> messages.read(callback(messages.sign("msg_3", now - 3600, body), body)))
                .isInstanceOf(RailCallbackRejectedException.class);
        BankMessages otherBank = new BankMessages("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]));
        assertThatThrownBy(() -> messages.read(callback(otherBank.sign("msg_4", now, body), body)))
                .isInstanceOf(RailCallbackRejectedException.class);
        String junk = "{\"type\": \"something.else\"}";
        assertThatThrownBy(() -> messages.read(callback(messages.sign("msg_5", now, junk), junk)))
                .isInstanceOf(RailCallbackRejectedException.class);
    }

    @Test
    void theAmountsLastTwoDigitsDecideWhatTheBankDoes() {
        assertThat(Behaviour.of(Money.of(10_000, "SEK"), false)).isEqualTo(Behaviour.SETTLE);
        assertThat(Behaviour.of(Money.of(10_013, "SEK"), false)).isEqualTo(Behaviour.FAIL);
        assertThat(Behaviour.of(Money.of(113, "SEK"), true)).isEqualTo(Behaviour.FAIL);
        assertThat(Behaviour.of(Money.of(42, "JPY"), false)).isEqualTo(Behaviour.WAIT);
        assertThat(Behaviour.of(Money.of(10_066, "SEK"), false)).isEqualTo(Behaviour.SETTLE);
        assertThat(Behaviour.of(Money.of(10_066, "SEK"), true)).isEqualTo(Behaviour.RETURN);
        assertThat(Behaviour.of(Money.of(1_300, "SEK"), true)).isEqualTo(Behaviour.SETTLE);
    }

    private static RailCallback callback(Map<String, String> headers, String body) {
        return new RailCallback(headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                body.getBytes(StandardCharsets.UTF_8));
    }
}

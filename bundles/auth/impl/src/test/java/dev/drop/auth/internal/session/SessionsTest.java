package dev.drop.auth.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.auth.internal.TestAccounts;
import dev.drop.auth.internal.TestSettings;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.platform.db.internal.InMemoryDatabase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refresh-token rotation and replay detection, on the auth schema as migrated in the runtime. */
class SessionsTest {

    private Sessions sessions;
    private UUID account;

    @BeforeEach
    void signedUp() {
        AuthStore store = new AuthStore(new InMemoryDatabase());
        sessions = new Sessions(TestSettings.auth(Map.of()), store);
        account = TestAccounts.insert(store, "ada@example.com");
    }

    @AfterEach
    void stop() {
        sessions.stop();
    }

    @Test
    void eachRefreshGivesANewTokenAndTheOldOneStopsWorking() {
        Sessions.Opened opened = sessions.open(account, "password", "127.0.0.1", "test");

        Sessions.Rotation first = sessions.rotate(opened.refreshToken());
        assertThat(first).isInstanceOf(Sessions.Rotated.class);
        String next = ((Sessions.Rotated) first).refreshToken();
        assertThat(next).isNotEqualTo(opened.refreshToken()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(sessions.rotate(next)).isInstanceOf(Sessions.Rotated.class);
    }

    @Test
    void replayingAUsedTokenRevokesTheSessionAndEveryTokenOfIt() {
        Sessions.Opened opened = sessions.open(account, "password", "127.0.0.1", "test");
        String next = ((Sessions.Rotated) sessions.rotate(opened.refreshToken())).refreshToken();

        Sessions.Rotation replay = sessions.rotate(opened.refreshToken());
        assertThat(replay).isInstanceOf(Sessions.Replayed.class);
        assertThat(((Sessions.Replayed) replay).session().id()).isEqualTo(opened.session().id());
        assertThat(sessions.rotate(next)).isInstanceOf(Sessions.Refused.class);
        assertThat(sessions.find(opened.session().id()).orElseThrow().revokedAt()).isNotNull();
        assertThat(sessions.active(account)).isEmpty();
    }

    @Test
    void aReplayLeavesTheUsersOtherSessionsAlone() {
        Sessions.Opened phone = sessions.open(account, "password", "10.0.0.1", "phone");
        Sessions.Opened laptop = sessions.open(account, "password", "10.0.0.2", "laptop");
        sessions.rotate(phone.refreshToken());
        sessions.rotate(phone.refreshToken());

        assertThat(sessions.rotate(laptop.refreshToken())).isInstanceOf(Sessions.Rotated.class);
        assertThat(sessions.active(account)).extracting(row -> row.id()).containsExactly(laptop.session().id());
    }

    @Test
    void unknownTokensAreRefused() {
        assertThat(sessions.rotate("not-a-token-anyone-was-given")).isInstanceOf(Sessions.Refused.class);
    }
}

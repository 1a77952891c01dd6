package dev.drop.auth.internal.mfa;

import dev.drop.auth.internal.AuthConfig;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.persistence.SecretsMapper;
import dev.drop.auth.internal.persistence.TotpRow;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * TOTP as a second factor: enrolment shows a secret (as an {@code otpauth://} URI and its QR code), confirming it
 * with a first code turns it on and hands out recovery codes. Each code and each recovery code works once.
 */
@Component(service = SecondFactor.class, configurationPid = AuthConfig.PID)
public final class SecondFactor {

    private static final int SECRET_BYTES = 20;

    /** What the user scans or types into an authenticator app. */
    public record Enrolment(String secret, String otpauthUri, String qrPngBase64) {
    }

    private final Transactions transactions;
    private final AuditLog audit;
    private final String issuer;
    private final TotpCodes totp = TotpCodes.standard();
    private final RecoveryCodes recoveryCodes = new RecoveryCodes();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public SecondFactor(AuthConfig config, @Reference AuthStore store, @Reference AuditLog audit) {
        this.transactions = store.transactions();
        this.audit = audit;
        this.issuer = config.totpIssuer();
    }

    public Enrolment enrol(UUID account, String email) {
        if (enrolled(account)) {
            throw ProblemType.CONFLICT.exception("TOTP is already on for this account.");
        }
        byte[] secretBytes = new byte[SECRET_BYTES];
        random.nextBytes(secretBytes);
        String secret = new Base32().encodeToString(secretBytes).replace("=", "");
        transactions.run(db -> {
            SecretsMapper secrets = db.getMapper(SecretsMapper.class);
            secrets.deleteTotp(account);
            secrets.insertTotp(new TotpRow(account, secret, now(), null, null));
        });
        String label = encode(issuer) + ":" + encode(email);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(secret, uri, Base64.getEncoder().encodeToString(QrCodes.png(uri)));
    }

    /** Turns TOTP on with a first valid code; returns the recovery codes, shown this once. */
    public List<String> confirm(UUID account, String code) {
        TotpRow row = totpRow(account).filter(totpRow -> totpRow.confirmedAt() == null).orElseThrow(() ->
                ProblemType.CONFLICT.exception("There is no TOTP enrolment waiting for confirmation; start one first."));
        OptionalLong step = totp.matchingStep(decode(row.secret()), code, clock.instant());
        if (step.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The code is not valid.", List.of(new FieldError("code",
                    "is not the current code of the authenticator app")));
        }
        List<String> codes = recoveryCodes.generate();
        transactions.run(db -> {
            SecretsMapper secrets = db.getMapper(SecretsMapper.class);
            secrets.confirmTotp(account, now(), step.getAsLong());
            secrets.deleteRecoveryCodes(account);
            codes.forEach(recovery -> secrets.insertRecoveryCode(account, RecoveryCodes.hash(recovery)));
        });
        audit.record("user:" + account, "auth.mfa.enable", "user:" + account, "TOTP confirmed; recovery codes issued");
        return codes;
    }

    public boolean enrolled(UUID account) {
        return totpRow(account).map(row -> row.confirmedAt() != null).orElse(false);
    }

    /** Checks and uses up a TOTP code or a recovery code. */
    public boolean accept(UUID account, String totpCode, String recoveryCode) {
        Optional<TotpRow> row = totpRow(account).filter(totpRow -> totpRow.confirmedAt() != null);
        if (row.isEmpty()) {
            return false;
        }
        if (totpCode != null) {
            OptionalLong step = totp.matchingStep(decode(row.get().secret()), totpCode.strip(), clock.instant());
            return step.isPresent() && transactions.inTransaction(db ->
                    db.getMapper(SecretsMapper.class).useTotpStep(account, step.getAsLong()) == 1);
        }
        if (recoveryCode != null) {
            boolean used = transactions.inTransaction(db ->
                    db.getMapper(SecretsMapper.class).useRecoveryCode(account, RecoveryCodes.hash(recoveryCode), now()) == 1);
            if (used) {
                audit.record("user:" + account, "auth.mfa.recovery-code", "user:" + account, "a recovery code was used");
            }
            return used;
        }
        return false;
    }

    private Optional<TotpRow> totpRow(UUID account) {
        return transactions.query(db -> db.getMapper(SecretsMapper.class).totp(account));
    }

    private static byte[] decode(String secret) {
        return new Base32().decode(secret);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

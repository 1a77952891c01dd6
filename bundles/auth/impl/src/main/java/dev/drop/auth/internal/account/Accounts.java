package dev.drop.auth.internal.account;

import dev.drop.auth.UserAccount;
import dev.drop.auth.UserDirectory;
import dev.drop.auth.internal.mfa.SecondFactor;
import dev.drop.auth.internal.password.Passwords;
import dev.drop.auth.internal.persistence.AccountMapper;
import dev.drop.auth.internal.persistence.AccountRow;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.session.AuthProblems;
import dev.drop.auth.internal.session.Sessions;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The accounts: registration, passwords, roles and locks, each change audited and published as an event. */
@Component(service = {Accounts.class, UserDirectory.class})
public final class Accounts implements UserDirectory {

    private final Transactions transactions;
    private final Passwords passwords;
    private final Sessions sessions;
    private final AuditLog audit;
    private final EventOutbox outbox;
    private final SecondFactor secondFactor;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Accounts(@Reference AuthStore store, @Reference Passwords passwords, @Reference Sessions sessions,
                    @Reference AuditLog audit, @Reference EventOutbox outbox, @Reference SecondFactor secondFactor) {
        this.transactions = store.transactions();
        this.secondFactor = secondFactor;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Registers a password account with the given roles (CUSTOMER always among them). */
    public UserAccount register(String email, String password, Set<Role> roles, String actor) {
        String normalized = Emails.normalize(email);
        List<FieldError> errors = new ArrayList<>();
        Emails.refusal(normalized).ifPresent(reason -> errors.add(new FieldError("email", reason)));
        passwords.refusal(password, normalized).ifPresent(reason -> errors.add(new FieldError("password", reason)));
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The registration is invalid.", errors);
        }
        UserAccount account = create(normalized, passwords.hash(password), roles);
        audit.record(actor, "auth.user.register", "user:" + account.id(), "password account with roles " + account.roles());
        return account;
    }

    /**
     * The account of someone an OIDC provider vouched for: the one linked to their subject before; else, when the provider
     * verified their e-mail address and may link by it, the account with that address, linked now; else a new account
     * without a password. An address that belongs to an account that may not be linked is a conflict.
     */
    public UUID externalAccount(String provider, String subject, String email, boolean linkByEmail) {
        Optional<AccountRow> linked = transactions.withMapper(AccountMapper.class,
                mapper -> mapper.findByExternalIdentity(provider, subject));
        if (linked.isPresent()) {
            return linked.get().id();
        }
        String normalized = Emails.normalize(email);
        if (Emails.refusal(normalized).isPresent()) {
            throw AuthProblems.EXTERNAL_INCOMPLETE.exception("A Drop account needs an e-mail address; allow the provider to share yours and sign in again.");
        }
        try {
            return transactions.inTransaction(db -> linkOrCreate(db, provider, subject, normalized, linkByEmail));
        } catch (PersistenceException e) {
            // a concurrent first sign-in of the same person created or linked the account
            return transactions.withMapper(AccountMapper.class, mapper -> mapper.findByExternalIdentity(provider, subject))
                    .orElseThrow(() -> e).id();
        }
    }

    private UUID linkOrCreate(SqlSession db, String provider, String subject, String email, boolean linkByEmail) {
        AccountMapper mapper = db.getMapper(AccountMapper.class);
        Optional<AccountRow> existing = mapper.findByEmail(email);
        if (existing.isPresent() && !linkByEmail) {
            throw ProblemType.CONFLICT.exception("An account with this e-mail address exists already; sign in with its "
                    + "password.");
        }
        UUID id = existing.isPresent() ? existing.get().id() : insert(db, email, null, Set.of(Role.CUSTOMER)).id();
        mapper.linkExternalIdentity(provider, subject, id, now());
        Transactions.afterCommit(() -> audit.record("user:" + id, existing.isPresent() ? "auth.identity.link" : "auth.user.register",
                "user:" + id, (existing.isPresent() ? "linked to " : "created for ") + provider + " subject " + subject));
        return id;
    }

    @Override
    public boolean confirmsPassword(UUID user, String password) {
        Optional<AccountRow> account = transactions.read(db -> db.getMapper(AccountMapper.class).find(user));
        return passwords.matches(password == null ? "" : password, account.map(AccountRow::passwordHash).orElse(null));
    }

    @Override
    public boolean hasAuthenticator(UUID user) {
        return secondFactor.enrolled(user);
    }

    @Override
    public boolean confirmsAuthenticatorCode(UUID user, String code) {
        return code != null && !code.isBlank() && secondFactor.accept(user, code, null);
    }

    public void changePassword(UUID id, String current, String replacement, UUID keepSession) {
        AccountRow account = row(id);
        if (!passwords.matches(current, account.passwordHash())) {
            throw ProblemType.VALIDATION.exception("The current password is wrong.",
                    List.of(new FieldError("currentPassword", "is not your current password")));
        }
        passwords.refusal(replacement, account.email()).ifPresent(reason -> {
            throw ProblemType.VALIDATION.exception("The new password is not acceptable.",
                    List.of(new FieldError("newPassword", reason)));
        });
        String hash = passwords.hash(replacement);
        transactions.run(db -> db.getMapper(AccountMapper.class).updatePassword(id, hash, now()));
        sessions.revokeAll(id, keepSession, "password changed");
        audit.record("user:" + id, "auth.password.change", "user:" + id, "password changed; other sessions revoked");
    }

    /** Replaces a hash made with older parameters, after a successful sign-in proved the password. */
    public void rehashIfNeeded(AccountRow account, String password) {
        if (account.passwordHash() != null && passwords.needsRehash(account.passwordHash())) {
            String hash = passwords.hash(password);
            transactions.run(db -> db.getMapper(AccountMapper.class).updatePassword(account.id(), hash,
                    account.passwordChangedAt()));
        }
    }

    public void lock(UUID id, boolean locked, String actor, String reason) {
        row(id);
        transactions.run(db -> {
            db.getMapper(AccountMapper.class).updateLock(id, locked, locked ? reason : null);
            outbox.append(db, AccountEvents.lockChanged(id, locked));
        });
        if (locked) {
            sessions.revokeAll(id, null, "account locked");
        }
        audit.record(actor, locked ? "auth.user.lock" : "auth.user.unlock", "user:" + id, "reason: " + reason);
    }

    public UserAccount setRoles(UUID id, Set<Role> roles, String actor, String reason) {
        UserAccount before = find(id).orElseThrow(() -> notFound(id));
        Set<Role> wanted = EnumSet.copyOf(roles);
        wanted.add(Role.CUSTOMER);
        transactions.run(db -> {
            AccountMapper accounts = db.getMapper(AccountMapper.class);
            for (Role role : Role.values()) {
                if (wanted.contains(role) && !before.roles().contains(role)) {
                    accounts.addRole(id, role.name());
                } else if (!wanted.contains(role) && before.roles().contains(role)) {
                    accounts.removeRole(id, role.name());
                }
            }
            outbox.append(db, AccountEvents.rolesChanged(id, wanted));
        });
        audit.record(actor, "auth.user.roles", "user:" + id, before.roles() + " -> " + wanted + "; reason: " + reason);
        return find(id).orElseThrow();
    }

    public List<UserAccount> page(String afterEmail, int limit) {
        return transactions.read(db -> db.getMapper(AccountMapper.class).page(afterEmail, limit).stream()
                .map(row -> account(db, row)).toList());
    }

    public AccountRow row(UUID id) {
        return transactions.read(db -> db.getMapper(AccountMapper.class).find(id)).orElseThrow(() -> notFound(id));
    }

    public Optional<AccountRow> rowByEmail(String email) {
        return transactions.query(db -> db.getMapper(AccountMapper.class).findByEmail(Emails.normalize(email)));
    }

    public Set<Role> roles(UUID id) {
        return transactions.query(db -> roles(db, id));
    }

    @Override
    public Optional<UserAccount> find(UUID id) {
        return transactions.read(db -> db.getMapper(AccountMapper.class).find(id).map(row -> account(db, row)));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return transactions.read(db -> db.getMapper(AccountMapper.class).findByEmail(Emails.normalize(email))
                .map(row -> account(db, row)));
    }

    @Override
    public void grant(UUID user, Role role, String actor, String reason) {
        UserAccount account = find(user).orElseThrow(() -> new NoSuchElementException("there is no user " + user));
        if (!account.roles().contains(role)) {
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.add(role);
            setRoles(user, roles, actor, reason);
        }
    }

    private UserAccount create(String email, String passwordHash, Set<Role> roles) {
        try {
            return transactions.inTransaction(db -> insert(db, email, passwordHash, roles));
        } catch (PersistenceException e) {
            if (transactions.read(db -> db.getMapper(AccountMapper.class).findByEmail(email)).isPresent()) {
                throw ProblemType.CONFLICT.exception("An account with this e-mail address exists already.");
            }
            throw e;
        }
    }

    private UserAccount insert(SqlSession db, String email, String passwordHash, Set<Role> roles) {
        Instant now = now();
        AccountRow row = new AccountRow(UUID.randomUUID(), email, passwordHash, false, null, now, passwordHash == null ? null : now);
        AccountMapper accounts = db.getMapper(AccountMapper.class);
        accounts.insert(row);
        Set<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        all.add(Role.CUSTOMER);
        all.forEach(role -> accounts.addRole(row.id(), role.name()));
        outbox.append(db, AccountEvents.registered(row.id(), email));
        return new UserAccount(row.id(), email, all, false, now);
    }

    private static UserAccount account(SqlSession db, AccountRow row) {
        return new UserAccount(row.id(), row.email(), roles(db, row.id()), row.locked(), row.createdAt());
    }

    private static Set<Role> roles(SqlSession db, UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        db.getMapper(AccountMapper.class).roles(id).forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private static RuntimeException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no user " + id + ".");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

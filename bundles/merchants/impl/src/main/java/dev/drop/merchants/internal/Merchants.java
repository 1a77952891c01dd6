package dev.drop.merchants.internal;

import dev.drop.auth.UserAccount;
import dev.drop.auth.UserDirectory;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.merchants.MerchantRole;
import dev.drop.merchants.MerchantStatus;
import dev.drop.merchants.internal.persistence.MerchantMapper;
import dev.drop.merchants.internal.persistence.MerchantRow;
import dev.drop.merchants.internal.persistence.MerchantsStore;
import dev.drop.merchants.internal.persistence.StaffRow;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Merchants and their staff: registration (the registering user becomes the owner), review by the platform, changes
 * by the owner, staff with merchant-scoped roles. Every change is audited.
 */
@Component(service = {Merchants.class, MerchantDirectory.class})
public final class Merchants implements MerchantDirectory {

    /** What a user sends to register a merchant. */
    public record Registration(String slug, String displayName, String legalName, String country, String currency,
                               String organisationNumber, String payoutIban) {
    }

    /** What an owner or manager may change; null fields stay as they are. */
    public record Changes(String displayName, String legalName, String organisationNumber, String payoutIban) {
    }

    /** A merchant with what only its staff see. */
    public record Details(Merchant merchant, String payoutIban) {
    }

    /** A member of staff as their colleagues see them. */
    public record Member(UUID userId, String email, MerchantRole role, Instant addedAt) {
    }

    private final Transactions transactions;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApiKeys apiKeys;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Merchants(@Reference MerchantsStore store, @Reference UserDirectory users, @Reference AuditLog audit,
                     @Reference ApiKeys apiKeys) {
        this.transactions = store.transactions();
        this.users = users;
        this.audit = audit;
        this.apiKeys = apiKeys;
    }

    public Details register(Registration registration, UUID owner) {
        List<FieldError> errors = new ArrayList<>();
        MerchantRules.slug(registration.slug(), errors);
        MerchantRules.name("displayName", registration.displayName(), 120, errors);
        MerchantRules.name("legalName", registration.legalName(), 200, errors);
        MerchantRules.country(registration.country(), errors);
        Currency currency = MerchantRules.currency(registration.currency(), errors);
        MerchantRules.organisationNumber(registration.organisationNumber(), errors);
        String iban = MerchantRules.iban(registration.payoutIban(), errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The merchant's details are not valid.", errors);
        }
        Instant now = now();
        MerchantRow row = new MerchantRow(UUID.randomUUID(), registration.slug(), registration.displayName().strip(),
                registration.legalName().strip(), registration.country(), currency.getCurrencyCode(),
                registration.organisationNumber().strip(), iban, MerchantStatus.PENDING.name(), now, now, 1);
        try {
            transactions.run(db -> {
                MerchantMapper merchants = db.getMapper(MerchantMapper.class);
                merchants.insert(row);
                merchants.insertStaff(new StaffRow(row.id(), owner, MerchantRole.OWNER.name(), now, "user:" + owner));
            });
        } catch (PersistenceException duplicate) {
            if (transactions.read(db -> db.getMapper(MerchantMapper.class).findBySlug(registration.slug())).isPresent()) {
                throw ProblemType.CONFLICT.exception("The slug '" + registration.slug() + "' is taken; choose another.");
            }
            throw duplicate;
        }
        users.grant(owner, Role.MERCHANT, "user:" + owner, "registered merchant " + row.slug());
        audit.record("user:" + owner, "merchant.register", "merchant:" + row.id(), "registered " + row.slug()
                + " (" + row.legalName() + ", " + row.country() + "); pending review");
        return details(row);
    }

    @Override
    public Optional<Merchant> find(UUID id) {
        return row(id).map(Merchants::merchant);
    }

    @Override
    public Optional<Merchant> findBySlug(String slug) {
        if (slug == null || slug.length() > 48) {
            return Optional.empty();
        }
        return transactions.query(db -> db.getMapper(MerchantMapper.class).findBySlug(slug)).map(Merchants::merchant);
    }

    @Override
    public Optional<MerchantRole> roleOf(UUID merchant, Caller caller) {
        if (!caller.scopes().isEmpty()) {
            return apiKeys.roleAt(merchant, caller);
        }
        UUID user = userId(caller);
        if (user == null) {
            return Optional.empty();
        }
        return transactions.read(db -> db.getMapper(MerchantMapper.class).staffMember(merchant, user))
                .map(member -> MerchantRole.valueOf(member.role()));
    }

    /** {@link MerchantDirectory#require}, with what only the merchant's own people see. */
    public Details details(UUID merchant, Caller caller, MerchantRole needed) {
        require(merchant, caller, needed);
        return details(row(merchant).orElseThrow(() -> notFound(merchant)));
    }

    /** For the platform's reviewers (ADMIN, COMPLIANCE): any merchant, with its payout details. */
    public Details review(UUID merchant) {
        return details(row(merchant).orElseThrow(() -> notFound(merchant)));
    }

    public List<Details> ofUser(UUID user) {
        return transactions.read(db -> db.getMapper(MerchantMapper.class).ofUser(user)).stream().map(Merchants::details).toList();
    }

    public List<Details> page(MerchantStatus status, String afterSlug, int limit) {
        return transactions.read(db -> db.getMapper(MerchantMapper.class).page(status == null ? null : status.name(),
                afterSlug, limit)).stream().map(Merchants::details).toList();
    }

    public Details change(UUID merchant, Caller caller, Changes changes, long expectedVersion) {
        MerchantRole needed = changes.payoutIban() != null ? MerchantRole.OWNER : MerchantRole.MANAGER;
        Details current = details(merchant, caller, needed);
        List<FieldError> errors = new ArrayList<>();
        if (changes.displayName() != null) {
            MerchantRules.name("displayName", changes.displayName(), 120, errors);
        }
        if (changes.legalName() != null) {
            MerchantRules.name("legalName", changes.legalName(), 200, errors);
        }
        if (changes.organisationNumber() != null) {
            MerchantRules.organisationNumber(changes.organisationNumber(), errors);
        }
        String iban = changes.payoutIban() == null ? current.payoutIban() : MerchantRules.iban(changes.payoutIban(), errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The changes are not valid.", errors);
        }
        Merchant was = current.merchant();
        if (expectedVersion >= 0 && expectedVersion != was.version()) {
            throw stale(merchant);
        }
        MerchantRow changed = new MerchantRow(was.id(), was.slug(),
                changes.displayName() == null ? was.displayName() : changes.displayName().strip(),
                changes.legalName() == null ? was.legalName() : changes.legalName().strip(), was.country(),
                was.currency().getCurrencyCode(),
                changes.organisationNumber() == null ? was.organisationNumber() : changes.organisationNumber().strip(),
                iban, was.status().name(), was.createdAt(), now(), was.version() + 1);
        save(changed);
        audit.record(actor(caller), "merchant.change", "merchant:" + merchant, "changed "
                + String.join(", ", changedFields(changes)));
        return details(changed);
    }

    /** Moves a merchant to a new status; {@code actor} is the reviewer, {@code reason} goes to the audit trail. */
    public Details setStatus(UUID merchant, MerchantStatus status, String actor, String reason) {
        MerchantRow row = row(merchant).orElseThrow(() -> notFound(merchant));
        MerchantStatus from = MerchantStatus.valueOf(row.status());
        if (from == status) {
            return details(row);
        }
        MerchantRow changed = new MerchantRow(row.id(), row.slug(), row.displayName(), row.legalName(), row.country(),
                row.currency(), row.organisationNumber(), row.payoutIban(), status.name(), row.createdAt(), now(),
                row.version() + 1);
        save(changed);
        audit.record(actor, "merchant.status", "merchant:" + merchant, from + " -> " + status + "; " + reason);
        return details(changed);
    }

    public List<Member> staff(UUID merchant, Caller caller) {
        require(merchant, caller, MerchantRole.VIEWER);
        return transactions.read(db -> db.getMapper(MerchantMapper.class).staff(merchant)).stream()
                .map(row -> new Member(row.userId(), users.find(row.userId()).map(UserAccount::email).orElse(null),
                        MerchantRole.valueOf(row.role()), row.addedAt()))
                .toList();
    }

    /** Adds an existing user to the staff, or changes their role; only owners may. */
    public Member addStaff(UUID merchant, Caller caller, String email, MerchantRole role) {
        require(merchant, caller, MerchantRole.OWNER);
        if (role == null) {
            throw ProblemType.VALIDATION.exception("The role is missing.", List.of(new FieldError("role",
                    "must be OWNER, MANAGER or VIEWER")));
        }
        UserAccount user = (email == null ? Optional.<UserAccount>empty() : users.findByEmail(email))
                .orElseThrow(() -> ProblemType.UNPROCESSABLE.exception("There is no Drop user with that e-mail address; "
                        + "they must register first.", List.of(new FieldError("email", "is not a registered user"))));
        UUID self = userId(caller);
        if (user.id().equals(self) && role != MerchantRole.OWNER) {
            throw ProblemType.CONFLICT.exception("An owner cannot demote themselves; another owner can.");
        }
        Instant now = now();
        boolean added = transactions.inTransaction(db -> {
            MerchantMapper merchants = db.getMapper(MerchantMapper.class);
            if (merchants.staffMember(merchant, user.id()).isPresent()) {
                merchants.updateStaffRole(merchant, user.id(), role.name());
                return false;
            }
            merchants.insertStaff(new StaffRow(merchant, user.id(), role.name(), now, actor(caller)));
            return true;
        });
        users.grant(user.id(), Role.MERCHANT, actor(caller), "staff of merchant " + merchant);
        audit.record(actor(caller), added ? "merchant.staff.add" : "merchant.staff.role", "merchant:" + merchant,
                "user:" + user.id() + " as " + role);
        return new Member(user.id(), user.email(), role, now);
    }

    static UUID userId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }

    static String actor(Caller caller) {
        return caller.scopes().isEmpty() ? "user:" + caller.subject() : caller.subject();
    }

    static RuntimeException notFound(UUID merchant) {
        return ProblemType.NOT_FOUND.exception("There is no merchant " + merchant + " that you can see.");
    }

    private void save(MerchantRow changed) {
        if (transactions.inTransaction(db -> db.getMapper(MerchantMapper.class).update(changed)) != 1) {
            throw stale(changed.id());
        }
    }

    private static RuntimeException stale(UUID merchant) {
        return ProblemType.PRECONDITION_FAILED.exception("The merchant " + merchant + " changed since you read it; "
                + "read it again and reapply your change.");
    }

    private Optional<MerchantRow> row(UUID id) {
        return transactions.read(db -> db.getMapper(MerchantMapper.class).find(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> changedFields(Changes changes) {
        List<String> fields = new ArrayList<>();
        if (changes.displayName() != null) {
            fields.add("displayName");
        }
        if (changes.legalName() != null) {
            fields.add("legalName");
        }
        if (changes.organisationNumber() != null) {
            fields.add("organisationNumber");
        }
        if (changes.payoutIban() != null) {
            fields.add("payoutIban");
        }
        return fields;
    }

    private static Details details(MerchantRow row) {
        return new Details(merchant(row), row.payoutIban());
    }

    private static Merchant merchant(MerchantRow row) {
        return new Merchant(row.id(), row.slug(), row.displayName(), row.legalName(), row.country(),
                Currency.getInstance(row.currency()), row.organisationNumber(), MerchantStatus.valueOf(row.status()),
                row.createdAt(), row.updatedAt(), row.version());
    }
}

package dev.drop.platform.core.internal.flag;

import dev.drop.platform.core.internal.audit.AuditWriter;
import dev.drop.platform.core.internal.persistence.FlagAllowRow;
import dev.drop.platform.core.internal.persistence.FlagMapper;
import dev.drop.platform.core.internal.persistence.FlagRow;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flags from {@code platform.flag}, evaluated from an in-memory copy that is reloaded after each local change and
 * every few seconds, so a change made on another node applies here within that period.
 */
@Component(configurationPid = "dev.drop.platform.flags")
@Designate(ocd = StoredFlagService.Config.class)
public final class StoredFlagService implements FlagService {

    @ObjectClassDefinition(name = "Drop feature flags")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between reloads of the flags changed by other nodes.")
        int reloadSeconds() default 2;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoredFlagService.class);
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,200}");

    private final Transactions transactions;
    private final AuditWriter audit = new AuditWriter(Clock.systemUTC());
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-flags-reload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, Flag> flags;

    @Activate
    public StoredFlagService(Config config, @Reference PlatformStore store) {
        this.transactions = store.transactions();
        this.flags = load();
        reloader.scheduleWithFixedDelay(this::reloadQuietly, config.reloadSeconds(), config.reloadSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        reloader.shutdownNow();
    }

    @Override
    public boolean isEnabled(String flag, FlagSubject subject) {
        Flag rules = flags.get(flag);
        return rules != null && FlagRules.isEnabled(rules, subject == null ? FlagSubject.anonymous() : subject);
    }

    @Override
    public List<Flag> list() {
        return List.copyOf(flags.values());
    }

    @Override
    public Optional<Flag> find(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    @Override
    public Flag save(Flag flag, String actor, String reason) {
        requireReason(reason);
        flag.allowUsers().forEach(StoredFlagService::requireSubjectId);
        flag.allowMerchants().forEach(StoredFlagService::requireSubjectId);
        Flag stamped = new Flag(flag.name(), flag.enabled(), flag.allowUsers(), flag.allowMerchants(), flag.allowRoles(),
                flag.rolloutPercent(), flag.rolloutBy(), Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS), actor);
        transactions.run(session -> {
            FlagMapper mapper = session.getMapper(FlagMapper.class);
            Optional<Flag> old = mapper.lock(flag.name()).map(row -> FlagRows.toFlag(row, mapper.allowsOf(row.name())));
            FlagRow row = FlagRows.toRow(stamped);
            if (mapper.update(row) == 0) {
                mapper.insert(row);
            }
            mapper.deleteAllows(flag.name());
            FlagRows.allowRows(stamped).forEach(mapper::insertAllow);
            audit.append(session, actor, "flag.change", "flag:" + flag.name(), "reason: " + reason + "; old: "
                    + old.map(FlagRules::describe).orElse("none") + "; new: " + FlagRules.describe(stamped));
        });
        flags = load();
        return stamped;
    }

    @Override
    public void clear(String name, String actor, String reason) {
        requireReason(reason);
        transactions.run(session -> {
            FlagMapper mapper = session.getMapper(FlagMapper.class);
            Optional<FlagRow> old = mapper.lock(name);
            if (old.isEmpty()) {
                throw new IllegalArgumentException("there is no flag named " + name);
            }
            Flag before = FlagRows.toFlag(old.get(), mapper.allowsOf(name));
            mapper.delete(name);
            audit.append(session, actor, "flag.clear", "flag:" + name,
                    "reason: " + reason + "; old: " + FlagRules.describe(before) + "; new: none");
        });
        flags = load();
    }

    private Map<String, Flag> load() {
        return transactions.read(session -> {
            FlagMapper mapper = session.getMapper(FlagMapper.class);
            List<FlagRow> rows = mapper.flags();
            List<FlagAllowRow> allows = mapper.allows();
            return Map.copyOf(FlagRows.assemble(rows, allows));
        });
    }

    private void reloadQuietly() {
        try {
            flags = load();
        } catch (RuntimeException e) {
            LOG.warn("could not reload feature flags; keeping the {} known ones", flags.size(), e);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a flag change needs a reason");
        }
    }

    private static void requireSubjectId(String id) {
        if (!SUBJECT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a user or merchant id");
        }
    }
}

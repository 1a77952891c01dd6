package dev.drop.platform.rest.internal.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code GET /api/v1/health} answers.
 *
 * @param status UP when ready, else DOWN
 */
public record HealthReport(String status, boolean live, boolean ready, List<Check> checks) {

    /** One check's outcome; the detail only for callers who may read it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String name, String status, String detail) {
    }

    static HealthReport of(List<HealthCheck> registered, boolean modulesManaged) {
        List<Check> checks = new ArrayList<>(registered.stream().map(HealthReport::run).toList());
        if (!modulesManaged) {
            checks.add(new Check("modules", HealthResult.Status.DOWN.name(), "the module manager is not running yet"));
        }
        checks.sort(Comparator.comparing(Check::name));
        boolean ready = checks.stream().allMatch(check -> "UP".equals(check.status()));
        return new HealthReport(ready ? "UP" : "DOWN", true, ready, List.copyOf(checks));
    }

    /** The same report with each check's name and status only: what anyone on the internet may read. */
    HealthReport withoutDetails() {
        return new HealthReport(status, live, ready, checks.stream().map(check -> new Check(check.name(), check.status(), null)).toList());
    }

    private static Check run(HealthCheck check) {
        try {
            HealthResult result = check.check();
            return new Check(check.name(), result.status().name(), result.detail());
        } catch (RuntimeException e) {
            return new Check(check.name(), HealthResult.Status.DOWN.name(), "the check failed: " + e.getMessage());
        }
    }
}

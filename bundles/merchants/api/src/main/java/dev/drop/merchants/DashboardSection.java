package dev.drop.merchants;

import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of a merchant's dashboard, provided by the module that owns the figures (the catalog's products today, sales
 * when payments exist). The merchants module shows every section present; a disabled module's section is absent.
 */
@ConsumerType
public interface DashboardSection {

    /** The section's key in the dashboard, such as {@code catalog}. */
    String name();

    /** The figures of one merchant, as JSON-ready values (numbers, strings, lists and maps of them). */
    Map<String, Object> figures(UUID merchant);
}

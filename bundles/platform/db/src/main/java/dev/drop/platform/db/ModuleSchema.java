package dev.drop.platform.db;

import java.util.List;
import java.util.Objects;

/**
 * What a module brings to the database.
 *
 * @param name        the schema it owns, e.g. {@code catalog}; also the folder of its migrations
 *                    ({@code db/migration/catalog/V1__products.sql})
 * @param classLoader the module bundle's class loader, where its migrations and mapper XML are found
 * @param mappers     its MyBatis mapper interfaces; the XML of each sits beside it
 * @param aliases     types its mapper XML refers to by simple name
 */
public record ModuleSchema(String name, ClassLoader classLoader, List<Class<?>> mappers, List<Class<?>> aliases) {

    public ModuleSchema {
        Objects.requireNonNull(classLoader, "classLoader");
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("a schema name is lower case letters, digits and _: " + name);
        }
        mappers = List.copyOf(mappers);
        aliases = List.copyOf(aliases);
    }

    /** The schema of a module whose mappers and migrations live in the bundle of {@code anchor}. */
    public static ModuleSchema of(String name, Class<?> anchor, List<Class<?>> mappers, List<Class<?>> aliases) {
        return new ModuleSchema(name, anchor.getClassLoader(), mappers, aliases);
    }
}

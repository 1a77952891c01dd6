package dev.drop.platform.core.internal.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Modules in an order where each comes after the modules it needs; otherwise by name. Needs in a cycle are ignored. */
final class ModuleOrder {

    private ModuleOrder() {
    }

    static List<ModuleDefinition> neededFirst(Collection<ModuleDefinition> modules) {
        Map<String, ModuleDefinition> byName = new LinkedHashMap<>();
        modules.stream().sorted(Comparator.comparing(ModuleDefinition::name)).forEach(module -> byName.put(module.name(), module));
        List<ModuleDefinition> ordered = new ArrayList<>();
        List<String> visiting = new ArrayList<>();
        byName.values().forEach(module -> visit(module, byName, visiting, ordered));
        return ordered;
    }

    /** The modules this one needs, directly or through others, that exist; in the order first met. */
    static List<String> allNeeds(ModuleDefinition module, Map<String, ModuleDefinition> byName) {
        List<String> found = new ArrayList<>();
        List<String> pending = new ArrayList<>(module.needs());
        while (!pending.isEmpty()) {
            String next = pending.remove(0);
            ModuleDefinition needed = byName.get(next);
            if (needed != null && !found.contains(next) && !next.equals(module.name())) {
                found.add(next);
                pending.addAll(needed.needs());
            }
        }
        return found;
    }

    private static void visit(ModuleDefinition module, Map<String, ModuleDefinition> byName, List<String> visiting,
                              List<ModuleDefinition> ordered) {
        if (ordered.contains(module) || visiting.contains(module.name())) {
            return;
        }
        visiting.add(module.name());
        module.needs().stream().map(byName::get).filter(Objects::nonNull)
                .forEach(needed -> visit(needed, byName, visiting, ordered));
        visiting.remove(module.name());
        ordered.add(module);
    }
}

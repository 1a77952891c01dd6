package dev.drop.platform.core.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleOrderTest {

    @Test
    void aModuleComesAfterTheModulesItNeedsAndOthersByName() {
        List<ModuleDefinition> modules = List.of(module("catalog", "merchants"), module("merchants", "auth"), module("auth"),
                module("cards"), module("transactions", "merchants", "auth"));
        assertThat(ModuleOrder.neededFirst(modules)).extracting(ModuleDefinition::name)
                .containsExactly("auth", "cards", "merchants", "catalog", "transactions");
    }

    @Test
    void needsOfModulesThatDoNotExistOrFormACycleDoNotLoseAnyModule() {
        List<ModuleDefinition> modules = List.of(module("a", "b"), module("b", "a"), module("c", "nowhere"));
        assertThat(ModuleOrder.neededFirst(modules)).extracting(ModuleDefinition::name).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aModuleNeedsWhatItsNeedsNeed() {
        Map<String, ModuleDefinition> modules = Map.of("catalog", module("catalog", "merchants"), "merchants",
                module("merchants", "auth"), "auth", module("auth"), "loop", module("loop", "loop"));
        assertThat(ModuleOrder.allNeeds(modules.get("catalog"), modules)).containsExactly("merchants", "auth");
        assertThat(ModuleOrder.allNeeds(modules.get("auth"), modules)).isEmpty();
        assertThat(ModuleOrder.allNeeds(modules.get("loop"), modules)).isEmpty();
    }

    private static ModuleDefinition module(String name, String... needs) {
        return new ModuleDefinition(name, null, true, List.of(), List.of(), List.of(needs));
    }
}

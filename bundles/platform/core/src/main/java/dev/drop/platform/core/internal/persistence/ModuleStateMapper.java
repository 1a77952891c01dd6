package dev.drop.platform.core.internal.persistence;

import java.util.List;

/** SQL of {@code platform.module_state}; see ModuleStateMapper.xml. */
public interface ModuleStateMapper {

    List<ModuleStateRow> all();

    int update(ModuleStateRow row);

    void insert(ModuleStateRow row);
}

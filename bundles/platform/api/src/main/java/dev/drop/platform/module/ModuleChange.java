package dev.drop.platform.module;

import java.time.Duration;

/**
 * What an enable, disable or update did.
 *
 * @param took from the command to the module's routes served (or gone)
 */
public record ModuleChange(String module, ModuleState state, Duration took, String detail) {
}

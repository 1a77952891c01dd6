package dev.drop.platform.module;

/** One installed bundle of a module, as {@code bundle:list} would show it. */
public record ModuleBundle(long id, String symbolicName, String version, String state) {
}

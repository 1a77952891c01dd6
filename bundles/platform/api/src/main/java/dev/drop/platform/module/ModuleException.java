package dev.drop.platform.module;

/**
 * A module operation that did not happen, with the reason in words an operator can act on. The platform is left
 * as it was before the operation.
 */
public final class ModuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}

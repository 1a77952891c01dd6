package dev.drop.itests;

import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Gives a user roles the way an operator does, with {@code drop:user role}. (Through the console rather than auth's
 * {@code UserDirectory}: the test probe's wiring to the auth API would go stale when a test re-installs the module.)
 */
final class RoleGrants {

    private RoleGrants() {
    }

    static void grant(SessionFactory sessions, String user, String roles) throws Exception {
        new Console(sessions).run("drop:user role " + user + " --role " + roles + " --reason 'integration test'");
    }
}

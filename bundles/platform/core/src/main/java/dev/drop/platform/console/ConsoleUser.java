package dev.drop.platform.console;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Who is typing: the Karaf user of the console or SSH session, as an audit actor. */
public final class ConsoleUser {

    private ConsoleUser() {
    }

    // Karaf runs each command as the session's JAAS subject; the access-control API is how it is read on Java 17
    @SuppressWarnings("removal")
    public static String actor() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = subject == null ? null : subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName)
                .findFirst().orElse(null);
        return "console:" + (user == null ? "unknown" : user);
    }
}

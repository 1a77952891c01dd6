package dev.drop.platform.core.internal.console;

import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes flag names. */
@Service
public class FlagNames implements Completer {

    @Reference
    FlagService flags;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(flags.list().stream().map(Flag::name).toList()).complete(session, commandLine, candidates);
    }
}

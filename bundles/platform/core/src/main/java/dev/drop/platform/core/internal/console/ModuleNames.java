package dev.drop.platform.core.internal.console;

import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes module names. */
@Service
public class ModuleNames implements Completer {

    @Reference
    ModuleService modules;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(modules.list().stream().map(ModuleInfo::name).toList())
                .complete(session, commandLine, candidates);
    }
}

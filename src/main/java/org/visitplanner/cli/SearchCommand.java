package org.visitplanner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code search QUERY}: one hit per line, {@code kind<TAB>id<TAB>title<TAB>snippet}, best first; the words the query
 * matched are between {@code **} in the snippet. Exit 0 even when nothing matches.
 */
@Command(name = "search",
        description = "Search notes, agendas, outcomes, action items, institutions and contacts. Prints "
                + "kind, id, title and snippet (tab-separated), best first.")
final class SearchCommand implements Callable<Integer> {

    static final String MATCH_MARKER = "**";

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find (accents, case do not matter).")
    List<String> words;

    /** More hits than anyone reads; a larger limit would only make the search allocate for them. */
    static final int MAX_LIMIT = 10_000;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N hits (default 50).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new CommandFailure(ExitCodes.BAD_USAGE,
                    Messages.get("search.cli.badLimit", MAX_LIMIT));
        }
        return root.withServices(services -> {
            for (SearchHit hit : services.search().search(String.join(" ", words), limit)) {
                root.out.println(hit.kind().code() + "\t" + hit.id() + "\t" + Tsv.clean(hit.title()) + "\t"
                        + Tsv.clean(hit.snippetText(MATCH_MARKER)));
            }
            return ExitCodes.OK;
        });
    }
}

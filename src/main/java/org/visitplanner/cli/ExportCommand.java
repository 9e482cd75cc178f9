package org.visitplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.TripDocumentData;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.StorageFailures;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export TRIP --format pdf-week|pdf-days|pdf-member|pdf-briefs|pdf-report|ics|csv [--member NAME]
 * [--lang en|fr|zh] [--paper a4|letter] [--home-time] --out FILE}. An existing FILE is replaced only once the new
 * file is complete.
 */
@Command(name = "export",
        description = "Export a trip's documents: PDF schedules, briefs and report, calendar (.ics) or CSV.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "Trip id or exact name.")
    String trip;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "pdf-week, pdf-days, pdf-member, pdf-briefs, pdf-report, ics or csv.")
    String format;

    @Option(names = "--member", paramLabel = "NAME",
            description = "Only this member's part (Latin or Chinese name), for every format but pdf-report; "
                    + "pdf-member and ics cover every member without it.")
    String member;

    @Option(names = "--lang", paramLabel = "en|fr|zh", description = "Language of the document.")
    String language;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Paper size (default a4).")
    String paper;

    @Option(names = "--home-time", description = "Show the home time beside the venue time.")
    boolean homeTime;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        if (out.toString().isBlank()) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.outEmpty"));
        }
        ExportFormat chosenFormat = ExportFormat.fromCliName(format);
        if (chosenFormat == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.export.error.format", format,
                    Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).collect(Collectors.joining(", "))));
        }
        Paper chosenPaper = Paper.parse(paper);
        if (chosenPaper == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.export.error.paper", paper));
        }
        if (member != null && !chosenFormat.takesMember()) {
            throw new CommandFailure(ExitCodes.BAD_USAGE,
                    Messages.get("cli.export.error.memberNotMeaningful", chosenFormat.cliName()));
        }
        Locale documentLanguage = language == null ? null : Messages.parseLanguage(language);
        if (language != null && documentLanguage == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.language", language));
        }
        return root.withServices(services -> {
            Trip chosenTrip = Trips.find(services, trip);
            TripDocumentData data = services.documents().load(chosenTrip);
            Long memberId = member == null ? null : memberNamed(data, member).id();
            DocumentOptions options = new DocumentOptions(
                    documentLanguage == null ? Messages.locale() : documentLanguage, chosenPaper, homeTime, memberId,
                    LocalDate.now(), Instant.now());
            try {
                services.documents().export(data, chosenFormat, options, out, Progress.NONE);
            } catch (IOException e) {
                // A full disk is told as such in every language (the system's message is in its own language).
                if (StorageFailures.kind(e, out) == DataProblem.Kind.DISK_FULL) {
                    throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.export.error.diskFull", out));
                }
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.export.error.write", out,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            root.out.println(out.toAbsolutePath());
            return ExitCodes.OK;
        });
    }

    /** The member of the trip (or of the directory) named {@code name}, Latin or Chinese, accents and case aside. */
    private static Member memberNamed(TripDocumentData data, String name) {
        List<Member> candidates = data.delegation().isEmpty() ? List.copyOf(data.membersById().values())
                : data.delegation();
        return candidates.stream()
                .filter(m -> TextFold.same(m.nameLatin(), name) || TextFold.same(m.nameChinese(), name)
                        || TextFold.same(m.displayName(), name))
                .findFirst()
                .orElseThrow(() -> new CommandFailure(ExitCodes.DATA_PROBLEM,
                        Messages.get("cli.export.error.member", name)));
    }
}

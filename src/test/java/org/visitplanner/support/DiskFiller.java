package org.visitplanner.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;

/**
 * A child process that saves members with long notes until the disk (or its file-size limit) refuses: prints
 * {@code M id} after each commit, then {@code refused KIND<TAB>sentence} and {@code readable N} (the data still
 * reads after the refusal), and exits with 3.
 */
public final class DiskFiller {

    private DiskFiller() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Messages.setLocale(java.util.Locale.ENGLISH);
        String notes = "Minutes of the meeting. ".repeat(3000);
        try (Services services = Services.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                try {
                    Member member = services.members().insert(new Member(0, "Filler " + i, null, null, null,
                            MemberRole.OTHER, null, null, notes + i, 0));
                    out.println("M " + member.id());
                } catch (DataProblem problem) {
                    out.println("refused " + problem.kind() + "\t" + problem.userMessage());
                    out.println("readable " + services.members().findAll().size());
                    System.exit(3);
                }
            }
        }
    }
}

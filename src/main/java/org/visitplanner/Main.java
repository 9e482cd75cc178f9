package org.visitplanner;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

import org.visitplanner.app.Launcher;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;

/**
 * The entry point of {@code java -jar visit-planner.jar} and {@code mvn javafx:run}: a headless command when one is
 * given, else the window. (Not an {@code Application} subclass, so that a plain class-path jar can start JavaFX.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The window runs in a Java process started with the app's own options (see Launcher).
        OptionalInt window = Launcher.runWindowInTunedJava(args);
        if (window.isPresent()) {
            System.exit(window.getAsInt());
        }
        // PDF previews are drawn with Java2D off screen; AWT must never open a window or a toolkit beside JavaFX.
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = VisitPlannerCommand.execute(args, out, err, System.getenv(), new VisitPlannerCommand.GuiLauncher() {
                @Override
                public void launch(Path dataDirectory, Locale language) {
                    VisitPlannerApp.launchWindow(dataDirectory, language);
                }

                @Override
                public void launch(Path dataDirectory, Locale language, TeamAddress team) {
                    VisitPlannerApp.launchWindow(dataDirectory, language, team);
                }
            });
        } catch (OutOfMemoryError | StackOverflowError e) {
            // What the command held is unreachable by now, so there is room for one sentence.
            err.println(Messages.get("cli.error.outOfMemory"));
            code = 3;
        }
        // Exit explicitly: after the window closes or a command ends, no background thread may keep the JVM alive.
        System.exit(code);
    }
}

package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

/** {@code bundle export} and {@code bundle import}: the output and exit codes the issue fixes. */
class BundleCommandsTest {

    @TempDir
    Path temp;

    private Run run(String... args) {
        return Headless.run(args);
    }

    private Run in(String folder, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = temp.resolve(folder).toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    @Test
    void aClashKeepsTheDatabaseValuePrintsOneLineAndExitsOneUntilTheirsIsPreferred() {
        String trip = in("office", "sample").out().strip();
        String out = temp.resolve("paris.vptrip").toString();
        Run exported = in("office", "bundle", "export", trip, "--out", out);
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).startsWith("Trip \"SJTU / SPEIT delegation to France, 8–12 December 2025\": ");

        Run first = in("laptop", "bundle", "import", out);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).doesNotContain("clash");
        String laptopTrip = in("laptop", "trips").out().split("\t")[0];

        in("laptop", "edit-trip", laptopTrip, "--name", "Paris, as typed in Paris");
        in("office", "edit-trip", trip, "--name", "Paris, as typed in the office");
        String back = temp.resolve("back.vptrip").toString();
        assertThat(in("laptop", "bundle", "export", laptopTrip, "--out", back).exitCode()).isZero();

        Run clashing = in("office", "bundle", "import", back);
        assertThat(clashing.exitCode()).isEqualTo(1);
        assertThat(clashing.out().lines().filter(line -> line.startsWith("clash\t")).toList()).singleElement()
                .satisfies(line -> assertThat(line).matches("clash\ttrip\t[0-9a-f-]{36}\tname\t"
                        + "Paris, as typed in the office\tParis, as typed in Paris"));
        assertThat(in("office", "trips").out()).contains("Paris, as typed in the office");

        Run mine = in("office", "bundle", "import", back, "--prefer", "mine");
        assertThat(mine.exitCode()).isZero();
        assertThat(mine.out()).doesNotContain("clash\t");
        assertThat(in("office", "trips").out()).contains("Paris, as typed in the office");

        Run theirs = in("office", "bundle", "import", back, "--prefer", "theirs");
        assertThat(theirs.exitCode()).isZero();
        assertThat(in("office", "trips").out()).contains("Paris, as typed in Paris").doesNotContain("office");
        assertThat(in("office", "trips").out().lines()).hasSize(1);
    }

    @Test
    void aMissingFileIsBadUsageAndADamagedOneIsOneSentenceAndExitThree() throws Exception {
        in("office", "sample");
        Run missing = in("office", "bundle", "import", temp.resolve("nothing.vptrip").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("There is no trip file at " + temp.resolve("nothing.vptrip")
                + ".");
        Path damaged = java.nio.file.Files.writeString(temp.resolve("damaged.vptrip"), "PK not really");
        Run refused = in("office", "bundle", "import", damaged.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err().strip()).isEqualTo("The trip file " + damaged
                + " is damaged or incomplete; it was not imported and your data is unchanged.");
    }
}

package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

/** {@code import FILE.csv} and {@code export-directory}: their output and exit codes are a public contract. */
class DirectoryCommandsTest {

    @TempDir
    Path temp;

    private Path data;

    private Run run(String... args) {
        return Headless.run(Headless.inEnglish(data, args));
    }

    @BeforeEach
    void sampleData() {
        data = temp.resolve("data");
        assertThat(run("sample").exitCode()).isZero();
    }

    private String export(String what) throws IOException {
        Path file = temp.resolve(what + "-" + System.nanoTime() + ".csv");
        Run run = run("export-directory", "--what", what, "--out", file.toString());
        assertThat(run.exitCode()).isZero();
        return Files.readString(file);
    }

    @Test
    void exportWritesTheFileAndSaysHowMany() throws IOException {
        Path file = temp.resolve("institutions.csv");
        Run run = run("export-directory", "--what", "institutions", "--out", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("11 institutions written to " + file);
        assertThat(Files.readString(file)).startsWith("\uFEFFid,official_name,");

        Path contacts = temp.resolve("contacts.csv");
        assertThat(run("export-directory", "--what", "contacts", "--out", contacts.toString()).out().strip())
                .isEqualTo("12 contacts written to " + contacts);
        assertThat(Files.readString(contacts)).startsWith("\uFEFFid,institution_id,institution,name,");
    }

    @Test
    void importingAnExportChangesNothing() throws IOException {
        String institutions = export("institutions");
        String contacts = export("contacts");
        Path file = temp.resolve("institutions.csv");
        Files.writeString(file, institutions);

        Run run = run("import", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("added 0, updated 0, rejected 0" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(export("institutions")).isEqualTo(institutions);
        assertThat(export("contacts")).isEqualTo(contacts);
    }

    @Test
    void importPrintsTheCountsThenOneLinePerRejectedRow() throws IOException {
        Path file = temp.resolve("people.CSV");
        Files.writeString(file, "name,institution,email\n"
                + "Jean Dupont,École des Ponts,jean.dupont@example.org\n"
                + "Claire Martin,Polytechnique,claire@example.org\n"
                + "Nobody,Unknown School,\n"
                + "Bad,EIVP,not-an-email\n", StandardCharsets.UTF_8);

        Run run = run("import", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "added 1, updated 1, rejected 2",
                "line 4: no institution is called “Unknown School”",
                "line 5: email: Not an e-mail address, e.g. name@example.org");
    }

    @Test
    void aFileThatCannotBeReadIsExitThreeAndChangesNothing() throws IOException {
        String before = export("institutions");
        Path broken = temp.resolve("broken.csv");
        Files.writeString(broken, "official_name,city\nNew School,\"Paris\n");

        Run run = run("import", broken.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("Line 2: a quotation mark is not closed or is followed by text. "
                + "Put quotes around the whole cell and double the quotes inside it (\"\").");
        assertThat(export("institutions")).isEqualTo(before);

        // A file that is not there is bad usage, as for every command (README: one rule).
        Run missing = run("import", temp.resolve("nowhere.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().startsWith("There is no file");
    }

    @Test
    void otherFileTypesAndBadOptionsAreBadUsage() {
        Run pdf = run("import", temp.resolve("trip.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).startsWith("Unsupported file type");
        Run tripWithCsv = run("import", temp.resolve("people.csv").toString(), "--trip", "1");
        assertThat(tripWithCsv.exitCode()).isEqualTo(2);

        assertThat(run("import").exitCode()).isEqualTo(2);
        Run what = run("export-directory", "--what", "events", "--out", temp.resolve("x.csv").toString());
        assertThat(what.exitCode()).isEqualTo(2);
        assertThat(what.err().lines()).hasSize(1);
        assertThat(run("export-directory", "--what", "contacts").exitCode()).isEqualTo(2);
    }

    @Test
    void anExportThatCannotBeWrittenIsExitThree() throws IOException {
        Path directory = temp.resolve("a-directory.csv");
        Files.createDirectories(directory);
        Run run = run("export-directory", "--what", "institutions", "--out", directory.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().asString().isEqualTo(directory + " is not an ordinary file (a "
                + "folder, a device or a pipe) and cannot be replaced. Choose another file; nothing was written.");
    }
}

package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

class SearchCommandTest {

    @TempDir
    Path temp;

    private Run run(String... args) {
        return Headless.run(args);
    }

    @Test
    void searchPrintsKindIdTitleAndSnippetBestFirst() {
        String data = temp.resolve("data").toString();
        run("--data-dir", data, "sample");
        Run run = run("--data-dir", data, "--lang", "en", "search", "descartes");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String[]> lines = run.out().lines().map(line -> line.split("\t", -1)).toList();
        assertThat(lines).isNotEmpty().allSatisfy(columns -> {
            assertThat(columns).hasSize(4);
            assertThat(columns[0]).isIn("meeting", "outcome", "action", "institution", "contact");
            assertThat(columns[1]).matches("\\d+");
            assertThat(columns[3]).contains("**Descartes**");
        });
        assertThat(lines).filteredOn(columns -> columns[0].equals("meeting")).extracting(columns -> columns[2])
                .containsExactlyInAnyOrder("Descartes Class: first immersive stay — Louis-le-Grand",
                        "Descartes Class: first immersive stay — Henri-IV");
    }

    @Test
    void wordsAreJoinedAndChineseIsFound() {
        String data = temp.resolve("data").toString();
        run("--data-dir", data, "sample");
        Run run = run("--data-dir", data, "search", "路易大帝", "中学");
        assertThat(run.out().lines().findFirst()).get().asString().startsWith("institution\t")
                .contains("Lycée Louis-le-Grand");
    }

    @Test
    void noHitsIsNotAnError() {
        Run run = run("--data-dir", temp.resolve("empty").toString(), "search", "anything");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingQueryIsBadUsage() {
        Run run = run("--data-dir", temp.resolve("empty").toString(), "search");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }
}

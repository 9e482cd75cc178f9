package org.visitplanner.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Relation;

class InstitutionNamesTest {

    private final Institution ponts = institution(1, "École nationale des ponts et chaussées", "École des Ponts",
            "巴黎路桥学院", "ENPC");
    private final Institution mines = institution(2, "Mines Paris - PSL", "Mines Paris", "巴黎矿业学院", "Mines");
    private final Institution minesNancy = institution(3, "Mines Nancy", "Mines Nancy", null, "Mines");
    private final Institution polytechnique = institution(4, "École polytechnique", "Polytechnique", "巴黎综合理工学院",
            "X");

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Institution institution(long id, String official, String english, String chinese, String shortName) {
        return new Institution(id, official, english, chinese, shortName, InstitutionKind.GRANDE_ECOLE,
                Relation.PARTNER, null, null, "Paris", "France", null, null, null, null, 0);
    }

    @Test
    void anInstitutionIsFoundByEachOfItsFourNamesIgnoringAccentsCaseAndSpaces() throws Exception {
        List<Institution> all = List.of(ponts, mines, polytechnique);
        assertThat(InstitutionNames.find("ecole nationale des ponts  et chaussees", all)).isEqualTo(ponts);
        assertThat(InstitutionNames.find("enpc", all)).isEqualTo(ponts);
        assertThat(InstitutionNames.find("ECOLE DES PONTS", all)).isEqualTo(ponts);
        assertThat(InstitutionNames.find(" 巴黎路桥学院 ", all)).isEqualTo(ponts);
        assertThat(InstitutionNames.find("X", all)).isEqualTo(polytechnique);
    }

    @Test
    void noNameNamesNoInstitution() throws Exception {
        assertThat(InstitutionNames.find(null, List.of(ponts))).isNull();
        assertThat(InstitutionNames.find("  ", List.of(ponts))).isNull();
    }

    @Test
    void anUnknownNameIsRejectedWithTheNameAsWritten() {
        assertThatThrownBy(() -> InstitutionNames.find(" Sorbonne ", List.of(ponts, mines)))
                .isInstanceOf(FieldProblemException.class).hasMessage("no institution is called “Sorbonne”");
    }

    @Test
    void aNameTwoInstitutionsShareIsRejectedUnlessAnEarlierKindOfNameTellsThemApart() throws Exception {
        List<Institution> all = List.of(ponts, mines, minesNancy);
        assertThatThrownBy(() -> InstitutionNames.find("mines", all)).isInstanceOf(FieldProblemException.class)
                .hasMessage("several institutions are called “mines”; give the institution_id");
        // The official names are tried first: one officially called "Mines" is the one meant.
        Institution calledMines = institution(5, "Mines", null, null, null);
        assertThat(InstitutionNames.find("mines", List.of(mines, minesNancy, calledMines))).isEqualTo(calledMines);
        assertThat(InstitutionNames.find("Mines Nancy", all)).isEqualTo(minesNancy);
    }
}

package org.visitplanner.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Coordinates;

class DirectoryFieldsTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void latitudesAndLongitudesMustBeOnTheEarth() {
        assertThat(FieldChecks.latitude("48.8463")).isEmpty();
        assertThat(FieldChecks.latitude("48,8463")).isEmpty();
        assertThat(FieldChecks.latitude("-90")).isEmpty();
        assertThat(FieldChecks.latitude("")).isEmpty();
        assertThat(FieldChecks.latitude("200")).get().extracting(FieldProblem::message)
                .isEqualTo("A latitude is between −90 and 90");
        assertThat(FieldChecks.longitude("-180.5")).get().extracting(FieldProblem::message)
                .isEqualTo("A longitude is between −180 and 180");
        assertThat(FieldChecks.latitude("north")).get().extracting(FieldProblem::message).asString()
                .contains("“north” is not a number");
        assertThat(FieldChecks.latitude("NaN")).isPresent();
        assertThat(FieldChecks.latitude("1e3")).isPresent();
    }

    @Test
    void webAddressesEmailsAndPhonesHaveTheirShapes() {
        assertThat(FieldChecks.url("https://www.enpc.fr")).isEmpty();
        assertThat(FieldChecks.url("www.enpc.fr/fr/international")).isEmpty();
        assertThat(FieldChecks.url("http://localhost:8080/x")).isEmpty();
        assertThat(FieldChecks.url("javascript:alert(1)")).isPresent();
        assertThat(FieldChecks.url("ftp://files.example.org")).isPresent();
        assertThat(FieldChecks.url("not a url")).isPresent();
        assertThat(FieldChecks.url("enpc")).isPresent();

        assertThat(FieldChecks.email("claire.martin@example.org")).isEmpty();
        assertThat(FieldChecks.email("claire.martin@example")).isPresent();
        assertThat(FieldChecks.email("two@@example.org")).isPresent();
        assertThat(FieldChecks.email("with space@example.org")).isPresent();

        assertThat(FieldChecks.phone("+33 1 99 00 01 01")).isEmpty();
        assertThat(FieldChecks.phone("(01) 44-58-27-00")).isEmpty();
        assertThat(FieldChecks.phone("+86 21 3420 6000 ext. 12")).isEmpty();
        assertThat(FieldChecks.phone("12345")).isPresent();
        assertThat(FieldChecks.phone("call me")).isPresent();
        assertThat(FieldChecks.phone("=1+2")).isPresent();
    }

    @Test
    void openingHoursMustParseAndCloseAfterTheyOpen() {
        assertThat(InstitutionTexts.check(InstitutionField.OPENING_HOURS, "Mon–Fri 08:30–18:00; Sat 09:00–12:00"))
                .isEmpty();
        assertThat(InstitutionTexts.check(InstitutionField.OPENING_HOURS, "Mon-Fri 18:00-08:30")).get()
                .extracting(FieldProblem::message)
                .asString().startsWith("Closes before it opens");
        assertThat(InstitutionTexts.check(InstitutionField.OPENING_HOURS, "Someday 9-5")).isPresent();
    }

    @Test
    void pastedCoordinatesAreReadInTheFormsMapsCopy() throws FieldProblemException {
        assertThat(CoordinatesFormat.parse("48.8463, 2.3475")).isEqualTo(new Coordinates(48.8463, 2.3475));
        assertThat(CoordinatesFormat.parse(" 48.8463,2.3475 ")).isEqualTo(new Coordinates(48.8463, 2.3475));
        assertThat(CoordinatesFormat.parse("48,8463; 2,3475")).isEqualTo(new Coordinates(48.8463, 2.3475));
        assertThat(CoordinatesFormat.parse("48.8463 2.3475")).isEqualTo(new Coordinates(48.8463, 2.3475));
        assertThat(CoordinatesFormat.parse("(-33.8568, 151.2153)")).isEqualTo(new Coordinates(-33.8568, 151.2153));
        assertThat(CoordinatesFormat.parse("geo:48.8463,2.3475")).isEqualTo(new Coordinates(48.8463, 2.3475));
        assertThat(CoordinatesFormat.parse("https://www.google.com/maps/@48.8463,2.3475,17z"))
                .isEqualTo(new Coordinates(48.8463, 2.3475));
        Coordinates dms = CoordinatesFormat.parse("48°50'46.7\"N 2°20'51.0\"E");
        assertThat(dms.latitude()).isCloseTo(48.84631, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dms.longitude()).isCloseTo(2.34750, org.assertj.core.data.Offset.offset(1e-4));
        Coordinates west = CoordinatesFormat.parse("40°26′46″N 79°58′56″W");
        assertThat(west.longitude()).isNegative();

        assertThatThrownBy(() -> CoordinatesFormat.parse("somewhere in Paris"))
                .isInstanceOf(FieldProblemException.class).hasMessageContaining("48.8463, 2.3475");
        assertThatThrownBy(() -> CoordinatesFormat.parse("248.8463, 2.3475"))
                .hasMessage("A latitude is between −90 and 90");
    }

    @Test
    void coordinatesAreWrittenWithoutNoise() {
        assertThat(CoordinatesFormat.decimal(48.8463)).isEqualTo("48.8463");
        assertThat(CoordinatesFormat.decimal(2.0)).isEqualTo("2");
        assertThat(CoordinatesFormat.decimal(-0.000001)).isEqualTo("-0.000001");
    }

    @Test
    void aLatitudeNeedsALongitude() {
        Map<InstitutionField, FieldProblem> problems = InstitutionTexts.checkAll(InstitutionProfile.blank(),
                Map.of(InstitutionField.OFFICIAL_NAME, "EIVP", InstitutionField.LATITUDE, "48.8",
                        InstitutionField.LONGITUDE, ""));
        assertThat(problems).containsOnlyKeys(InstitutionField.LONGITUDE);
        assertThat(InstitutionTexts.checkAll(InstitutionProfile.blank(), Map.of(InstitutionField.OFFICIAL_NAME, "")))
                .containsOnlyKeys(InstitutionField.OFFICIAL_NAME);
    }

    @Test
    void choicesAreReadFromCodesAndFromTheirNamesInEveryLanguage() {
        assertThat(EnumText.parse(org.visitplanner.model.InstitutionKind.class, "GRANDE_ECOLE")).hasValue(
                org.visitplanner.model.InstitutionKind.GRANDE_ECOLE);
        assertThat(EnumText.parse(org.visitplanner.model.InstitutionKind.class, "grande école")).hasValue(
                org.visitplanner.model.InstitutionKind.GRANDE_ECOLE);
        assertThat(EnumText.parse(org.visitplanner.model.Relation.class, "Partenaire stratégique")).hasValue(
                org.visitplanner.model.Relation.STRATEGIC_PARTNER);
        assertThat(EnumText.parse(org.visitplanner.model.InstitutionKind.class, "castle")).isEmpty();
    }

    @Test
    void closuresAreOnePerLine() throws FieldProblemException {
        var closures = ClosuresFormat.parse(7, "2025-12-22/2026-01-04 Winter break\n2026-05-01 Labour Day");
        assertThat(closures).hasSize(2);
        assertThat(ClosuresFormat.format(closures))
                .isEqualTo("2025-12-22/2026-01-04 Winter break\n2026-05-01 Labour Day");
        assertThatThrownBy(() -> ClosuresFormat.parse(7, "2026-01-04/2025-12-22 backwards"))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> ClosuresFormat.parse(7, "Christmas")).isInstanceOf(FieldProblemException.class);
    }
}

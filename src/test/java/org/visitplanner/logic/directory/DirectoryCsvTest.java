package org.visitplanner.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Relation;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class DirectoryCsvTest {

    @TempDir
    Path temp;

    private Services services;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DirectoryCsv csv() {
        return services.directoryCsv();
    }

    private Path file(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Everything the directory holds, as an export of both files. */
    private String snapshot() throws IOException {
        csv().export(DirectoryCsv.What.INSTITUTIONS, temp.resolve("snapshot-i.csv"));
        csv().export(DirectoryCsv.What.CONTACTS, temp.resolve("snapshot-c.csv"));
        return Files.readString(temp.resolve("snapshot-i.csv")) + Files.readString(temp.resolve("snapshot-c.csv"));
    }

    @Test
    void theInstitutionsExportIsUtf8WithABomAndTheDocumentedColumns() throws IOException {
        Path out = temp.resolve("institutions.csv");
        assertThat(csv().export(DirectoryCsv.What.INSTITUTIONS, out)).isEqualTo(11);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readString(out).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,official_name,english_name,chinese_name,short_name,kind,"
                + "relation,address,postcode,city,country,latitude,longitude,website,phone,opening_hours,closures,"
                + "notes");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("École des Ponts et Chaussées")
                .contains("巴黎路桥学院").contains("GRANDE_ECOLE").contains("Mon–Fri"));
    }

    @Test
    void exportingThenImportingChangesNothingEvenWithAwkwardText() throws Exception {
        Institution ponts = institution("École des Ponts et Chaussées");
        InstitutionProfile awkward = services.directory().profile(ponts.id()).orElseThrow();
        Institution i = awkward.institution();
        services.directory().save(new InstitutionProfile(new Institution(i.id(), i.officialName(),
                "School \"of\" Bridges, Roads", i.chineseName(), i.shortName(), i.kind(), i.relation(),
                "6-8 avenue Blaise-Pascal", i.postcode(), "Champs-sur-Marne", i.country(),
                new Coordinates(48.84063, 2.587306), i.website(), "+33 1 64 15 30 00",
                "=HYPERLINK(\"http://evil\")\nline two, with a comma\n\tindented « guillemets » 中文", i.version()),
                awkward.openingHours(), List.of(new Closure(0, i.id(), java.time.LocalDate.of(2025, 12, 22),
                        java.time.LocalDate.of(2026, 1, 4), "Winter break; all buildings"))));
        String before = snapshot();

        Path institutions = temp.resolve("i.csv");
        Path contacts = temp.resolve("c.csv");
        csv().export(DirectoryCsv.What.INSTITUTIONS, institutions);
        csv().export(DirectoryCsv.What.CONTACTS, contacts);
        assertThat(Files.readString(institutions)).contains("\"'=HYPERLINK(\"\"http://evil\"\")")
                .contains("'+33 1 64 15 30 00").doesNotContain(",=HYPERLINK");

        for (Path file : List.of(institutions, contacts)) {
            DirectoryCsv.Preview preview = csv().preview(file);
            assertThat(preview.added()).isEmpty();
            assertThat(preview.updated()).isEmpty();
            assertThat(preview.rejected()).isEmpty();
            assertThat(preview.unchanged()).isPositive();
            csv().apply(preview);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void thePreviewSaysWhatWouldBeAddedUpdatedAndRejectedAndWritesNothing() throws Exception {
        long ponts = institution("École des Ponts et Chaussées").id();
        String before = snapshot();
        Path file = file("mine.csv", "Name;City;Latitude;Longitude;Website\r\n"
                + "ECOLE DES PONTS ET CHAUSSEES;Marne-la-Vallée;48,8406;2,5873;https://www.enpc.fr\r\n"
                + "Institut Pasteur;Paris;48.8404;2.3107;https://www.pasteur.fr\r\n"
                + "Sorbonne Université;Paris;200;2.35;\r\n"
                + ";Nowhere;;;\r\n"
                + "Institut Pasteur;Paris;;;\r\n"
                + "CentraleSupélec;Gif-sur-Yvette;48.71;2.17;not a site\r\n");

        DirectoryCsv.Preview preview = csv().preview(file);

        assertThat(preview.what()).isEqualTo(DirectoryCsv.What.INSTITUTIONS);
        assertThat(preview.added()).extracting(DirectoryCsv.Change::line, DirectoryCsv.Change::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Institut Pasteur"));
        assertThat(preview.updated()).singleElement().satisfies(change -> {
            assertThat(change.line()).isEqualTo(2);
            assertThat(change.name()).isEqualTo("ECOLE DES PONTS ET CHAUSSEES");
            assertThat(change.detail()).isEqualTo("official_name, city, latitude, longitude, website");
        });
        assertThat(preview.rejected()).extracting(DirectoryCsv.Rejected::line, DirectoryCsv.Rejected::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "latitude: A latitude is between −90 and 90"),
                        org.assertj.core.groups.Tuple.tuple(5, "no name"),
                        org.assertj.core.groups.Tuple.tuple(6, "same record as line 3"),
                        org.assertj.core.groups.Tuple.tuple(7,
                                "website: Not a web address, e.g. https://www.example.org"));
        assertThat(snapshot()).isEqualTo(before);

        DirectoryCsv.Imported imported = csv().apply(preview);
        assertThat(imported).extracting(DirectoryCsv.Imported::added, DirectoryCsv.Imported::updated,
                DirectoryCsv.Imported::rejected).containsExactly(1, 1, 4);
        Institution updated = services.institutions().findById(ponts).orElseThrow();
        assertThat(updated.city()).isEqualTo("Marne-la-Vallée");
        assertThat(updated.coordinates()).isEqualTo(new Coordinates(48.8406, 2.5873));
        assertThat(updated.chineseName()).as("a column the file lacks keeps its value").isEqualTo("巴黎路桥学院");
        assertThat(institution("Institut Pasteur").kind()).isEqualTo(InstitutionKind.OTHER);

        imported.undo().revert();
        assertThat(snapshot()).isEqualTo(before);
        imported.undo().apply();
        assertThat(services.institutions().findById(ponts).orElseThrow().city()).isEqualTo("Marne-la-Vallée");
        assertThat(institution("Institut Pasteur").city()).isEqualTo("Paris");
    }

    @Test
    void anIdColumnMatchesEvenWhenTheNameChanged() throws Exception {
        Institution eivp = institution("École des Ingénieurs de la Ville de Paris");
        Path file = file("ids.csv", "id,official_name,kind,relation\n"
                + eivp.id() + ",EIVP – École des ingénieurs de la Ville de Paris,grande école,Partner\n"
                + "999,Brand New School,school,none\n"
                + eivp.id() + "0,Télécom Paris,,\n"
                + "x1,Somewhere,,\n");
        DirectoryCsv.Preview preview = csv().preview(file);
        assertThat(preview.updated()).extracting(DirectoryCsv.Change::line).containsExactly(2, 4);
        assertThat(preview.added()).extracting(DirectoryCsv.Change::name).containsExactly("Brand New School");
        assertThat(preview.rejected()).extracting(DirectoryCsv.Rejected::reason)
                .containsExactly("the id “x1” is not a number");
        csv().apply(preview);
        Institution renamed = services.institutions().findById(eivp.id()).orElseThrow();
        assertThat(renamed.officialName()).isEqualTo("EIVP – École des ingénieurs de la Ville de Paris");
        assertThat(renamed.relation()).isEqualTo(Relation.PARTNER);
        assertThat(institution("Télécom Paris").kind()).isEqualTo(InstitutionKind.OTHER);
    }

    @Test
    void anIdAndANameNamingTwoDifferentInstitutionsAreRejected() throws Exception {
        Institution eivp = institution("École des Ingénieurs de la Ville de Paris");
        Path file = file("clash.csv", "id,official_name\n" + eivp.id() + ",Télécom Paris\n");
        assertThat(csv().preview(file).rejected()).singleElement().extracting(DirectoryCsv.Rejected::reason)
                .isEqualTo("id " + eivp.id() + " is “École des Ingénieurs de la Ville de Paris”, but “Télécom Paris” "
                        + "is another institution");
    }

    @Test
    void contactsAreRecognisedByTheirHeaderAndFindTheirInstitutionByName() throws Exception {
        Path file = file("people.csv", "Name,E-mail,Institution,Position\n"
                + "Claire Martin,claire.martin@polytechnique.example.org,Polytechnique,"
                + "Head of International Relations\n"
                + "Jean Dupont,jean.dupont@example.org,ecole des ponts et chaussees,Dean\n"
                + "Ann Other,ann@example.org,Harvard,Dean\n"
                + "Bad Mail,bad-mail,Télécom Paris,\n");
        DirectoryCsv.Preview preview = csv().preview(file);
        assertThat(preview.what()).isEqualTo(DirectoryCsv.What.CONTACTS);
        assertThat(preview.updated()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Claire Martin");
            assertThat(c.detail()).isEqualTo("email");
        });
        assertThat(preview.added()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Jean Dupont");
            assertThat(c.detail()).isEqualTo("École des Ponts");
        });
        assertThat(preview.rejected()).extracting(DirectoryCsv.Rejected::reason).containsExactly(
                "no institution is called “Harvard”",
                "email: Not an e-mail address, e.g. name@example.org");
        csv().apply(preview);
        long ponts = institution("École des Ponts et Chaussées").id();
        assertThat(services.contacts().findByInstitution(ponts)).extracting(Contact::nameLatin)
                .contains("Jean Dupont");
    }

    @Test
    void aFailureMidImportLeavesTheDatabaseAsItWas() throws Exception {
        String before = snapshot();
        AtomicInteger inserts = new AtomicInteger();
        InstitutionRepository real = services.institutions();
        InstitutionRepository failingOnTheThird = (InstitutionRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {InstitutionRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("insert") && inserts.incrementAndGet() == 3) {
                        throw new IllegalStateException("the disk went away");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DirectoryService service = new DirectoryService(services.transactions(), failingOnTheThird,
                services.contacts(), services.partnerships(), services.members(), services.trips(),
                services.directory().restorer(), services.partnershipStatus(), services.rows());
        DirectoryCsv csv = new DirectoryCsv(services.transactions(), service, failingOnTheThird, services.contacts(),
                CsvSheet.Limits.DEFAULT);
        Path file = file("four.csv", "official_name,city\nÉcole des Ponts et Chaussées,Marne-la-Vallée\n"
                + "One,Paris\nTwo,Lyon\nThree,Lille\nFour,Nantes\n");
        DirectoryCsv.Preview preview = csv.preview(file);
        assertThat(preview.added()).hasSize(4);

        assertThatThrownBy(() -> csv.apply(preview)).hasMessageContaining("the disk went away");

        assertThat(inserts).hasValue(3);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRecordChangedSinceThePreviewStopsTheWholeImport() throws Exception {
        String file = "official_name,city\nÉcole des Ponts et Chaussées,Marne-la-Vallée\nNew One,Paris\n";
        DirectoryCsv.Preview preview = csv().preview(file("stale.csv", file));
        InstitutionProfile ponts = services.directory().profile(institution("École des Ponts et Chaussées").id())
                .orElseThrow();
        services.directory().save(ponts);
        String before = snapshot();
        assertThatThrownBy(() -> csv().apply(preview)).isInstanceOfSatisfying(
                org.visitplanner.logic.DataProblem.class,
                p -> assertThat(p.kind()).isEqualTo(org.visitplanner.logic.DataProblem.Kind.STALE));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedFilesAreRefusedWithTheLineAndChangeNothing() throws Exception {
        String before = snapshot();
        // Chinese in GB18030 is neither UTF-8 nor Windows-1252 text.
        Path gb = temp.resolve("gb18030.csv");
        Files.write(gb, "official_name,city\nEIVP,Paris\n巴黎路桥学院,巴黎\n".getBytes("GB18030"));
        assertProblem(gb, 3, "Line 3: the file is not UTF-8 text");
        // UTF-8 cut in the middle of its last character is a damaged UTF-8 file, not Windows-1252.
        byte[] utf8 = "official_name,city\nEIVP,Paris\nÉcole,备".getBytes(StandardCharsets.UTF_8);
        Path cut = temp.resolve("cut.csv");
        Files.write(cut, java.util.Arrays.copyOf(utf8, utf8.length - 1));
        assertProblem(cut, 3, "Line 3: the file is not UTF-8 text");

        assertProblem(file("quotes.csv", "official_name,city\nEIVP,Paris\n\"Open quote,Lyon\nOther,Lille\n"), 3,
                "Line 3: a quotation mark is not closed");
        assertProblem(file("stray.csv", "official_name,city\n\"EIVP\"x,Paris\n"), 2,
                "Line 2: a quotation mark is not closed or is followed by text");
        assertProblem(file("twice.csv", "official_name,Name\nEIVP,EIVP\n"), 1, "appears twice");
        assertProblem(file("what.csv", "colour,size\nblue,3\n"), 1, "neither institutions");
        assertProblem(file("empty.csv", ""), 0, "The file is empty");

        Path utf16 = temp.resolve("utf16.csv");
        Files.write(utf16, "official_name\nEIVP\n".getBytes(StandardCharsets.UTF_16));
        assertProblem(utf16, 1, "UTF-16");

        Path binary = temp.resolve("picture.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertProblem(binary, 1, "not a text file");

        Path hugeCell = temp.resolve("huge-cell.csv");
        Files.writeString(hugeCell, "official_name,notes\nEIVP,ok\nSupBioTech," + "x".repeat(10 * 1024 * 1024) + "\n");
        assertProblem(hugeCell, 3, "Line 3: the cell in column 2 holds 10,485,760 characters");

        StringBuilder many = new StringBuilder("official_name\n");
        for (int i = 0; i < 10_001; i++) {
            many.append("School ").append(i).append('\n');
        }
        assertProblem(file("many.csv", many.toString()), 10_002, "more than 10,000 rows");

        DirectoryCsv small = new DirectoryCsv(services.transactions(), services.directory(), services.institutions(),
                services.contacts(), new CsvSheet.Limits(1024, 100, 100));
        Path big = file("big.csv", "official_name\n" + "School\n".repeat(400));
        assertThatThrownBy(() -> small.preview(big)).isInstanceOf(CsvProblem.class)
                .hasMessage("The file is 0.0 MB; files up to 0.0 MB can be imported.");

        assertProblem(temp.resolve("missing.csv"), 0, "There is no file");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFormulaTypedIntoAnImportedCellStaysTextAndIsNeutralisedOnExport() throws Exception {
        Path file = file("evil.csv", "official_name,notes\nEvil School,=cmd|' /C calc'!A0\n@SUM(1+1),x\n");
        DirectoryCsv.Preview preview = csv().preview(file);
        csv().apply(preview);
        assertThat(institution("Evil School").notes()).isEqualTo("=cmd|' /C calc'!A0");
        Path out = temp.resolve("out.csv");
        csv().export(DirectoryCsv.What.INSTITUTIONS, out);
        assertThat(Files.readString(out)).contains("'=cmd|' /C calc'!A0").contains("'@SUM(1+1)")
                .doesNotContain(",=cmd").doesNotContain(",@SUM");
    }

    @Test
    void semicolonFilesWithDecimalCommasAndACoordinatesColumnImport() throws Exception {
        Path file = file("fr.csv", "\uFEFFNom;Ville;Coordonnées;Horaires\r\n"
                + "Institut Curie;Paris;48,8445 2,3440;Lun-Ven 9h-18h\r\n");
        DirectoryCsv.Preview preview = csv().preview(file);
        assertThat(preview.rejected()).isEmpty();
        csv().apply(preview);
        Institution curie = institution("Institut Curie");
        assertThat(curie.coordinates()).isEqualTo(new Coordinates(48.8445, 2.344));
        assertThat(services.institutions().openingHours(curie.id())).hasSize(5);
    }

    @Test
    void frenchExcelsWindows1252SemicolonFileIsReadAsSuchAndSaidSo() throws Exception {
        Path file = temp.resolve("excel-fr.csv");
        Files.write(file, ("Nom;Ville;Site internet;Horaires d'ouverture;Commentaires\r\n"
                + "École supérieure d'électricité;Gif-sur-Yvette;https://www.centralesupelec.fr;Lun-Ven 9h-18h;"
                + "Accès par l’entrée côté « Joliot-Curie » — 2 € le café\r\n").getBytes("windows-1252"));

        DirectoryCsv.Preview preview = csv().preview(file);

        assertThat(preview.notes()).singleElement().asString().contains("Windows-1252");
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.added()).extracting(DirectoryCsv.Change::name)
                .containsExactly("École supérieure d'électricité");
        csv().apply(preview);
        Institution supelec = institution("École supérieure d'électricité");
        assertThat(supelec.notes()).isEqualTo("Accès par l’entrée côté « Joliot-Curie » — 2 € le café");
        assertThat(supelec.website()).isEqualTo("https://www.centralesupelec.fr");
        assertThat(services.institutions().openingHours(supelec.id())).hasSize(5);
    }

    @Test
    void columnNamesPeopleWriteInFrenchChineseAndEnglishAreUnderstoodAndOthersIgnored() throws Exception {
        Path contacts = file("contacts.csv", "Nom;Établissement;Titre;Adresse e-mail;Portable;Anniversaire;备注\n"
                + "Anne Roux;EIVP;Chargée des relations internationales;anne.roux@example.org;+33 6 12 34 56 78;"
                + "12 mai;Parle chinois\n");
        DirectoryCsv.Preview preview = csv().preview(contacts);
        assertThat(preview.what()).isEqualTo(DirectoryCsv.What.CONTACTS);
        assertThat(preview.notes()).containsExactly(
                "The column “Anniversaire” is not one Visit Planner knows: it is ignored.");
        assertThat(preview.rejected()).isEmpty();
        csv().apply(preview);
        Contact anne = services.contacts().findAll().stream().filter(c -> c.nameLatin().equals("Anne Roux"))
                .findFirst().orElseThrow();
        assertThat(anne.title()).isEqualTo("Chargée des relations internationales");
        assertThat(anne.email()).isEqualTo("anne.roux@example.org");
        assertThat(anne.phone()).isEqualTo("+33 6 12 34 56 78");
        assertThat(anne.notes()).isEqualTo("Parle chinois");

        Path chinese = file("机构.csv", "名称,城市,网站,备注,开放时间,Colour\n上海交通大学巴黎办公室,巴黎,https://www.sjtu.edu.cn,"
                + "新的合作伙伴,Mon–Fri 09:00–17:00,blue\n");
        DirectoryCsv.Preview institutions = csv().preview(chinese);
        assertThat(institutions.what()).isEqualTo(DirectoryCsv.What.INSTITUTIONS);
        assertThat(institutions.notes()).singleElement().asString().contains("“Colour”");
        assertThat(institutions.rejected()).isEmpty();
        assertThat(institutions.added()).hasSize(1);
        csv().apply(institutions);
        Institution office = institution("上海交通大学巴黎办公室");
        assertThat(office.city()).isEqualTo("巴黎");
        assertThat(office.website()).isEqualTo("https://www.sjtu.edu.cn");
        assertThat(office.notes()).isEqualTo("新的合作伙伴");
    }

    @Test
    void anOverLongValueIsCutToItsLimitAndTheRowSaysSo() throws Exception {
        String longName = "Institut " + "très ".repeat(80);
        Path file = file("long.csv", "official_name,city\nEIVP,Paris\n\"" + longName + "\",Lyon\n");
        DirectoryCsv.Preview preview = csv().preview(file);
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.rowNotes()).containsExactly(new DirectoryCsv.Note(3,
                "the official_name was longer than 300 characters: it was cut to that length"));
        csv().apply(preview);
        assertThat(services.institutions().findAll()).anySatisfy(i -> assertThat(i.officialName())
                .hasSizeLessThanOrEqualTo(300).startsWith("Institut très très"));
    }

    @Test
    void theLineNamedIsTheLineWhereTheProblemStarts() throws Exception {
        // A cell over three lines, then a row whose quotation mark is never closed: line 6, where it opens.
        assertProblem(file("multi.csv", "official_name,notes\nEIVP,\"one\ntwo\nthree\"\nSupBioTech,ok\n"
                + "\"Open,quote\nOther,x\nLast,y\n"), 6, "Line 6: a quotation mark is not closed");
        DirectoryCsv.Preview preview = csv().preview(file("rows.csv", "official_name,latitude,longitude\n"
                + "\"A school\non two lines\",91,2\nOK school,48,2\n"));
        assertThat(preview.rejected()).extracting(DirectoryCsv.Rejected::line).containsExactly(2);
    }

    private void assertProblem(Path file, int line, String message) {
        assertThatThrownBy(() -> csv().preview(file)).as(file.getFileName().toString())
                .isInstanceOfSatisfying(CsvProblem.class, p -> {
                    assertThat(p.getMessage()).contains(message);
                    assertThat(p.line()).isEqualTo(line);
                });
    }

    private Institution institution(String officialName) {
        return services.institutions().findAll().stream().filter(i -> i.officialName().equals(officialName))
                .findFirst().orElseThrow();
    }
}

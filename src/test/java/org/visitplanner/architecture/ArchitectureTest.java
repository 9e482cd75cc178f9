package org.visitplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers point one way: model ← logic ← gui, db behind the repository interfaces of logic, app composes them,
 * cli runs commands on top. See ARCHITECTURE.md and docs/decisions/0002-layers.md.
 */
@AnalyzeClasses(packages = "org.visitplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage("org.visitplanner.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.visitplanner.model..", "java..");

    @ArchTest
    static final ArchRule logicKnowsNoDatabaseNoWindowAndNoCommandLine = noClasses()
            .that().resideInAPackage("org.visitplanner.logic..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitplanner.db..", "org.visitplanner.gui..",
                    "org.visitplanner.cli..", "org.visitplanner.app..", "javafx..", "org.jooq..", "org.h2..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule theDatabaseLayerKnowsNoWindow = noClasses()
            .that().resideInAPackage("org.visitplanner.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitplanner.gui..", "org.visitplanner.cli..",
                    "org.visitplanner.app..", "javafx..");

    @ArchTest
    static final ArchRule theWindowReachesDataOnlyThroughLogic = noClasses()
            .that().resideInAPackage("org.visitplanner.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitplanner.db..", "org.visitplanner.cli..",
                    "org.visitplanner.app..", "org.jooq..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule commandsNeverOpenTheWindowThemselves = noClasses()
            .that().resideInAPackage("org.visitplanner.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitplanner.gui..", "javafx..");

    @ArchTest
    static final ArchRule jooqStaysInTheDatabaseLayer = noClasses()
            .that().resideOutsideOfPackages("org.visitplanner.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchScenes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule layersHaveNoCycles = slices().matching("org.visitplanner.(*)..").should().beFreeOfCycles();

    /**
     * Within each layer too: a sub-package is a room a newcomer can read on its own, in one direction (the code jOOQ
     * generates from the schema aside: its tables and records name each other).
     */
    @ArchTest
    static final ArchRule subPackagesHaveNoCycles = slices().matching("org.visitplanner.(*).(**)").should()
            .beFreeOfCycles().ignoreDependency(JavaClass.Predicates.resideInAPackage("org.visitplanner.db.jooq.."),
                    DescribedPredicate.alwaysTrue());
}

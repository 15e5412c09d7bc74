package org.coopgraph.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering of ARCHITECTURE.md as executable rules, checked on the main classes of every
 * module (the api's test classpath holds them all): graph-model (JDK only) <- cypher, analytics,
 * fixtures <- api.
 */
@AnalyzeClasses(packages = "org.coopgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule graphModelUsesOnlyTheJdk = classes().that().resideInAPackage("org.coopgraph.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.coopgraph.model..")
            .because("the domain has no framework imports");

    @ArchTest
    static final ArchRule analyticsAndFixturesKnowNoFrameworkOrDatabase = noClasses()
            .that().resideInAnyPackage("org.coopgraph.analytics..", "org.coopgraph.fixtures..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
            .because("analytics are pure functions of a snapshot and fixtures are plain data");

    @ArchTest
    static final ArchRule cypherKnowsNoSpring = noClasses().that().resideInAPackage("org.coopgraph.cypher..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the adapter is wired by the api's explicit configuration");

    @ArchTest
    static final ArchRule nothingOutsideTheApiUsesIt = noClasses().that().resideOutsideOfPackage("org.coopgraph.api..")
            .should().dependOnClassesThat().resideInAPackage("org.coopgraph.api..")
            .because("the api is the outermost module");

    @ArchTest
    static final ArchRule middleModulesAreIndependent = noClasses()
            .that().resideInAnyPackage("org.coopgraph.analytics..", "org.coopgraph.fixtures..")
            .should().dependOnClassesThat().resideInAPackage("org.coopgraph.cypher..")
            .because("cypher, analytics and fixtures each build only on graph-model");

    @ArchTest
    static final ArchRule cypherIgnoresAnalyticsAndFixtures = noClasses().that().resideInAPackage("org.coopgraph.cypher..")
            .should().dependOnClassesThat().resideInAnyPackage("org.coopgraph.analytics..", "org.coopgraph.fixtures..")
            .because("cypher, analytics and fixtures each build only on graph-model");

    @ArchTest
    static final ArchRule analyticsIgnoresFixtures = noClasses().that().resideInAPackage("org.coopgraph.analytics..")
            .should().dependOnClassesThat().resideInAPackage("org.coopgraph.fixtures..")
            .because("cypher, analytics and fixtures each build only on graph-model");

    @ArchTest
    static final ArchRule featuresGoThroughThePorts = noClasses().that().resideInAnyPackage(
                    "org.coopgraph.api.members..", "org.coopgraph.api.projects..", "org.coopgraph.api.questions..",
                    "org.coopgraph.api.valuechains..", "org.coopgraph.api.taxonomy..", "org.coopgraph.api.regions..",
                    "org.coopgraph.api.imports..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.coopgraph.cypher..")
            .because("features read and write through NetworkStore/SnapshotSource; only config knows the adapter");
}

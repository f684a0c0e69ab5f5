package fr.civitas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and layer boundaries of ARCHITECTURE.md, enforced on the compiled code. */
class ArchitectureTest {

    private static final String[] FEATURE_MODULES = {"portal", "accounts", "requests", "chatbot", "identity"};

    private static JavaClasses civitas;

    @BeforeAll
    static void importClasses() {
        civitas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.civitas");
        org.junit.jupiter.api.Assertions.assertTrue(civitas.size() > 50, "the modules' classes are on the classpath");
    }

    @Test
    void theKernelDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("fr.civitas.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("fr.civitas.kernel..", "java..", "jakarta..",
                        "org.eclipse.microprofile.."));
    }

    @Test
    void tenancyKnowsNoFeatureModuleNorKeycloak() {
        check(noClasses().that().resideInAPackage("fr.civitas.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "fr.civitas.portal..", "fr.civitas.accounts..", "fr.civitas.requests..", "fr.civitas.chatbot..",
                        "fr.civitas.identity..", "fr.civitas.operations..", "fr.civitas.app..", "org.keycloak.."));
    }

    @Test
    void featureModulesDoNotReachIntoEachOtherNorIntoTenancy() {
        for (String module : FEATURE_MODULES) {
            String[] others = java.util.Arrays.stream(FEATURE_MODULES).filter(other -> !other.equals(module))
                    .map(other -> "fr.civitas." + other + "..").toArray(String[]::new);
            check(noClasses().that().resideInAPackage("fr.civitas." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("fr.civitas.tenancy..", "fr.civitas.operations..")
                    .allowEmptyShould(true));
        }
    }

    @Test
    void nothingDependsOnTheAssemblyOrOnTestSupport() {
        check(noClasses().that().resideOutsideOfPackage("fr.civitas.app..")
                .should().dependOnClassesThat().resideInAPackage("fr.civitas.app.."));
        check(noClasses().that().resideOutsideOfPackages("fr.civitas.testkit..", "fr.civitas.devstack..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.civitas.testkit..", "fr.civitas.devstack.."));
    }

    @Test
    void domainsDependOnNoOtherLayer() {
        check(noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..")
                .allowEmptyShould(true));
    }

    @Test
    void applicationLayersDoNotKnowAdaptersOrTheWeb() {
        check(noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web..")
                .allowEmptyShould(true));
        check(noClasses().that().resideInAPackage("..infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .allowEmptyShould(true));
    }

    @Test
    void modulesHaveNoCycles() {
        check(slices().matching("fr.civitas.(*)..").should().beFreeOfCycles());
    }

    @Test
    void onlyTenancyBindsTheCurrentTenant() {
        check(classes().that().haveSimpleName("TenantContext").should().resideInAPackage("fr.civitas.tenancy.application"));
        check(noClasses().that().resideOutsideOfPackages("fr.civitas.tenancy..")
                .should().dependOnClassesThat().haveFullyQualifiedName("fr.civitas.tenancy.application.TenantContext"));
    }

    private static void check(ArchRule rule) {
        rule.check(civitas);
    }
}

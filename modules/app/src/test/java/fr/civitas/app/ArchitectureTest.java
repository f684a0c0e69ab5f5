package fr.civitas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fr.civitas.kernel.event.CouncilEvent;
import fr.civitas.kernel.tenant.TenantEntities;
import jakarta.persistence.Entity;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and layer boundaries of ARCHITECTURE.md, enforced on the compiled code. */
class ArchitectureTest {

    /** The assembly and the test support: they may use any module. */
    private static final Set<String> NOT_MODULES = Set.of("app", "testkit", "devstack");

    private static JavaClasses civitas;
    private static SortedSet<String> modules;

    @BeforeAll
    static void importClasses() {
        civitas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.civitas");
        modules = civitas.stream().map(ArchitectureTest::moduleOf).filter(module -> !NOT_MODULES.contains(module))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(modules.containsAll(List.of("kernel", "tenancy", "identity", "portal", "operations")),
                "every module's classes are on the classpath: " + modules);
    }

    @Test
    void theKernelDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("fr.civitas.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("fr.civitas.kernel..", "java..", "jakarta..",
                        "org.eclipse.microprofile.."));
    }

    /**
     * Every module, those to come included, uses of another module only its spi package: the
     * contracts a module offers live there. The operators' API drives tenancy's use cases.
     */
    @Test
    void modulesUseOfEachOtherOnlyTheirSpi() {
        for (String module : modules) {
            if (module.equals("kernel")) {
                continue;
            }
            check(noClasses().that().resideInAPackage("fr.civitas." + module + "..")
                    .should().dependOnClassesThat(outsideTheContractsOf(module))
                    .because(module + " may use of other modules their spi package only"));
        }
    }

    @Test
    void contractsDependOnTheKernelOnly() {
        check(classes().that().resideInAPackage("fr.civitas.*.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.civitas.kernel..", "fr.civitas.*.spi..", "java..",
                        "jakarta..", "org.eclipse.microprofile.."));
    }

    @Test
    void tenancyKnowsNoKeycloak() {
        check(noClasses().that().resideInAPackage("fr.civitas.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "com.nimbusds.."));
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
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web.."));
    }

    @Test
    void applicationLayersDoNotKnowAdaptersOrTheWeb() {
        check(noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web.."));
        check(noClasses().that().resideInAPackage("..infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("..web.."));
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

    /**
     * A module brings its council entities in its own jar: each is declared by its own module's
     * TenantEntities, and the tenant unit of persistence.xml lists none.
     */
    @Test
    void eachModuleDeclaresItsOwnCouncilEntities() throws Exception {
        String units = new String(ArchitectureTest.class.getResourceAsStream("/META-INF/persistence.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String tenantUnit = units.substring(units.indexOf("<persistence-unit name=\"tenant\""));
        assertFalse(tenantUnit.substring(0, tenantUnit.indexOf("</persistence-unit>")).contains("<class>"),
                "the tenant unit lists no class");
        Set<String> declared = new java.util.HashSet<>();
        for (TenantEntities module : ServiceLoader.load(TenantEntities.class)) {
            for (Class<?> entity : module.entities()) {
                assertEquals(moduleOf(civitas.get(module.getClass())), moduleOf(civitas.get(entity)),
                        entity.getName() + " is declared by another module's " + module.getClass().getName());
                declared.add(entity.getName());
            }
        }
        List<String> entities = civitas.stream().filter(type -> type.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName).filter(name -> !units.contains("<class>" + name + "</class>")).toList();
        assertFalse(entities.isEmpty());
        assertEquals(new java.util.TreeSet<>(entities), new java.util.TreeSet<>(declared),
                "every council entity is declared by its module, and only those");
    }

    /** Observers of a council's events run once its change is committed, never for a change rolled back. */
    @Test
    void councilEventsAreObservedAfterTheCommitOnly() {
        List<String> observers = new ArrayList<>();
        for (JavaClass type : civitas) {
            for (JavaMethod method : type.getMethods()) {
                for (JavaParameter parameter : method.getParameters()) {
                    if (parameter.isAnnotatedWith(Observes.class) && parameter.getRawType().isAssignableTo(CouncilEvent.class)) {
                        observers.add(method.getFullName());
                        assertEquals(TransactionPhase.AFTER_SUCCESS, parameter.getAnnotationOfType(Observes.class).during(),
                                method.getFullName() + " must observe with during = AFTER_SUCCESS");
                    }
                }
            }
        }
        assertFalse(observers.isEmpty(), "the portal's renderings observe content changes");
    }

    @Test
    void everyResourceMethodStatesWhoMayCallIt() {
        check(ResourceAccessRule.everyResourceMethodStatesWhoMayCallIt());
    }

    /** The rule above can fail: routes that state nothing are flagged, the others are not. */
    @Test
    void theAccessRuleFlagsRoutesThatStateNothing() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(AccessRuleFixtures.Unstated.class,
                AccessRuleFixtures.Base.class, AccessRuleFixtures.InheritsUnstated.class,
                AccessRuleFixtures.UnstatedLocator.class, AccessRuleFixtures.StatedOnTheClass.class,
                AccessRuleFixtures.StatedOnTheMethod.class);

        String report = String.join("\n", ResourceAccessRule.everyResourceMethodStatesWhoMayCallIt().evaluate(fixtures)
                .getFailureReport().getDetails());

        assertTrue(report.contains("$Unstated serves") && report.contains(".open()"), report);
        assertTrue(report.contains("$InheritsUnstated serves") && report.contains(".act()"), report);
        assertTrue(report.contains("$UnstatedLocator serves") && report.contains(".locate()"), report);
        assertFalse(report.contains("StatedOnTheClass") || report.contains("StatedOnTheMethod"), report);
    }

    private static DescribedPredicate<JavaClass> outsideTheContractsOf(String module) {
        return DescribedPredicate.describe("belong to another module, outside its spi package", type -> {
            String other = moduleOf(type);
            if (other == null || other.equals(module) || other.equals("kernel")) {
                return false;
            }
            boolean contract = type.getPackageName().startsWith("fr.civitas." + other + ".spi");
            boolean operationsDrivingTenancy = module.equals("operations") && other.equals("tenancy");
            return !contract && !operationsDrivingTenancy;
        });
    }

    /** {@code portal} for {@code fr.civitas.portal.web.X}; null outside the platform's code. */
    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("fr.civitas.")) {
            return null;
        }
        String rest = name.substring("fr.civitas.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static void check(ArchRule rule) {
        rule.check(civitas);
    }
}

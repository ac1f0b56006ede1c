package io.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Module boundaries: no cycles, the core imports nothing from Spring, the model depends on nobody. */
class ModularityTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.jixiao");

  @Test
  void theModulesThisTestGuardsExist() {
    Set<String> packages =
        CLASSES.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(packages)
        .contains(
            "io.jixiao.model",
            "io.jixiao.document",
            "io.jixiao.evaluate",
            "io.jixiao.cli",
            "io.jixiao.workflow",
            "io.jixiao.audit",
            "io.jixiao.demo",
            "io.jixiao.results",
            "io.jixiao.generate",
            "io.jixiao.web");
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("io.jixiao.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theCoreImportsNothingFromSpring() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.jixiao.model..",
            "io.jixiao.document..",
            "io.jixiao.review..",
            "io.jixiao.evaluate..",
            "io.jixiao.generate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.jixiao.document..", "io.jixiao.review..", "io.jixiao.store..", "io.jixiao.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliAdapterUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.jixiao.cli..", "io.jixiao")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void theSelfEvaluationKnowsNothingOfPersistenceTheWebOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.evaluate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.jixiao.store..", "io.jixiao.web..", "io.jixiao.cli..", "io.jixiao.workflow..")
        .check(CLASSES);
  }

  @Test
  void theImporterDoesNotReachIntoPersistenceOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.document..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.jixiao.store..", "io.jixiao.cli..", "io.jixiao.review..")
        .check(CLASSES);
  }

  @Test
  void theWorkflowAuditAndDemoModulesKnowNothingOfTheWebOrTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage("io.jixiao.workflow..", "io.jixiao.audit..", "io.jixiao.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.jixiao.web..", "io.jixiao.cli..", "org.springframework.web..")
        .check(CLASSES);
  }

  @Test
  void theDemoDataSetIsPlainModelWithoutSpring() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(CLASSES);
  }

  @Test
  void theCliReachesTheWebOnlyThroughWebServer() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.cli..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "web classes other than WebServer",
                c -> c.getPackageName().startsWith("io.jixiao.web")
                    && !c.getSimpleName().equals("WebServer")))
        .check(CLASSES);
  }

  @Test
  void onlyTheWebAdapterUsesSpringMvcAndSecurity() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.jixiao.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.web..", "org.springframework.security..", "org.springframework.boot..")
        .check(CLASSES);
  }

  @Test
  void theMonitorModuleIsPlainJavaOverTheModel() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.monitor..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "io.jixiao.document..",
            "io.jixiao.review..",
            "io.jixiao.store..",
            "io.jixiao.cli..",
            "io.jixiao.web..")
        .check(CLASSES);
  }

  @Test
  void theResultsModuleIsPlainJavaOverTheCoreAndTheStores() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.results..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "io.jixiao.document..",
            "io.jixiao.workflow..",
            "io.jixiao.audit..",
            "io.jixiao.publish..",
            "io.jixiao.demo..",
            "io.jixiao.cli..",
            "io.jixiao.web..")
        .check(CLASSES);
  }

  @Test
  void onlyTheWebAndTheCliUseTheResultsModule() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.jixiao.results..", "io.jixiao.web..", "io.jixiao.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.jixiao.results..")
        .check(CLASSES);
  }
}

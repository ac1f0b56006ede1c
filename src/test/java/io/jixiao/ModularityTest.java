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
    assertThat(packages).contains("io.jixiao.target", "io.jixiao.document", "io.jixiao.cli");
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("io.jixiao.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theCoreImportsNothingFromSpring() {
    noClasses()
        .that()
        .resideInAnyPackage("io.jixiao.target..", "io.jixiao.document..", "io.jixiao.review..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.target..")
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
  void theImporterDoesNotReachIntoPersistenceOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.jixiao.document..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.jixiao.store..", "io.jixiao.cli..", "io.jixiao.review..")
        .check(CLASSES);
  }
}

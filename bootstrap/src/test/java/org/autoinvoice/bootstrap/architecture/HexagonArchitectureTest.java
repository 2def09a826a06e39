package org.autoinvoice.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;

/** The hexagon's dependency rules from STYLE.md, checked on the production classes. */
@AnalyzeClasses(
    packages = "org.autoinvoice",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      HexagonArchitectureTest.DoNotIncludeTestJars.class
    })
class HexagonArchitectureTest {

  /**
   * Leaves out test jars ({@code application}'s contract tests): in a reactor {@code verify} they
   * are packaged as {@code *-tests.jar}, which {@link ImportOption.DoNotIncludeTests} does not
   * know.
   */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule domainDependsOnlyOnJava =
      classes()
          .that()
          .resideInAPackage("org.autoinvoice.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.autoinvoice.domain..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule applicationDependsOnlyOnJavaAndDomain =
      classes()
          .that()
          .resideInAPackage("org.autoinvoice.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.autoinvoice.domain..", "org.autoinvoice.application..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule portsInDoNotUsePortsOut =
      noClasses()
          .that()
          .resideInAPackage("..application.port.in..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..application.port.out..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule adaptersDoNotDependOnEachOther =
      slices()
          .matching("org.autoinvoice.adapters.(*)..")
          .should()
          .notDependOnEachOther()
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule pathClassesAreWebResources =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .resideInAPackage("org.autoinvoice.adapters.web..")
          .andShould()
          .haveSimpleNameEndingWith("Resource");
}

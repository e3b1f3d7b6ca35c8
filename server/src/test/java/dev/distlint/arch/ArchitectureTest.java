package dev.distlint.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's layers, lowest first. A package may use its own layer and the layers below it,
 * never one above, and no two packages (at any depth) may depend on each other in a cycle. The
 * protocol library is used by the protocol shell only.
 */
class ArchitectureTest {
  /** Lowest first; each entry is a layer name and the package pattern it covers. */
  static final String[][] LAYERS = {
      {"base", "dev.distlint.base.."},
      {"knowledge", "dev.distlint.knowledge.."},
      {"documents", "dev.distlint.documents.."},
      {"syntax", "dev.distlint.syntax.."},
      {"catalogue", "dev.distlint.catalogue.."},
      {"settings", "dev.distlint.settings.."},
      {"workspace", "dev.distlint.workspace.."},
      {"model", "dev.distlint.model.."},
      {"facts", "dev.distlint.facts.."},
      {"lint", "dev.distlint.lint.."},
      {"rules", "dev.distlint.rules.."},
      {"report", "dev.distlint.report.."},
      {"assist", "dev.distlint.assist.."},
      {"lsp", "dev.distlint.lsp.."},
      {"cli", "dev.distlint.cli.."},
  };

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.distlint");
  }

  @Test
  void layersOnlyUseLayersBelowThem() {
    var arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] layer : LAYERS) {
      arch = arch.layer(layer[0]).definedBy(layer[1]);
    }
    arch = arch.layer("entry").definedBy("dev.distlint");
    for (int i = 0; i < LAYERS.length; i++) {
      String[] above = new String[LAYERS.length - i];
      for (int j = i + 1; j < LAYERS.length; j++) {
        above[j - i - 1] = LAYERS[j][0];
      }
      above[above.length - 1] = "entry";
      arch = arch.whereLayer(LAYERS[i][0]).mayOnlyBeAccessedByLayers(above);
    }
    arch = arch.whereLayer("entry").mayNotBeAccessedByAnyLayer();
    arch.check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.distlint.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void crossFileFactsAreDeclaredAsFacts() {
    noClasses().that().resideOutsideOfPackage("dev.distlint.workspace..")
        .and().doNotHaveFullyQualifiedName("dev.distlint.facts.Fact")
        .and().doNotHaveFullyQualifiedName("dev.distlint.facts.Fact$Family")
        .should().callMethod(dev.distlint.workspace.Workspace.class, "fact", Object.class,
            java.util.function.Function.class)
        .because("a workspace-wide value is a named Fact, computed once per snapshot")
        .check(classes);
  }

  @Test
  void protocolTypesStayInTheProtocolShell() {
    noClasses().that().resideOutsideOfPackages("dev.distlint.lsp..", "dev.distlint")
        .should().dependOnClassesThat().resideInAPackage("org.eclipse.lsp4j..")
        .check(classes);
  }
}

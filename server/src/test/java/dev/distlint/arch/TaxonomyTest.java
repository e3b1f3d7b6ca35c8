package dev.distlint.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.lint.Rule;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.rules.GrammarKeyRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One taxonomy: a rule's family is the first word of its id, and names its package, its doc
 * folder, its fixture folder and its section of the registry; the class is the id in PascalCase,
 * unless the rule is made of its doc alone ({@link GrammarKeyRule}).
 * Rule packages hold rules only.
 */
class TaxonomyTest {
  static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  @Test
  void classAndPackageFollowTheId() {
    List<String> wrong = new ArrayList<>();
    for (Rule r : BuiltinRules.all()) {
      String want = "dev.distlint.rules." + RuleDocs.family(r.id()) + "." + pascal(r.id());
      if (r instanceof GrammarKeyRule) {
        // A rule made of its doc alone has no class of its own, and must not grow one.
        if (RuleDocs.get(r.id()).grammar() == null || classExists(want)) {
          wrong.add(r.id() + ": a doc-only rule needs grammar: in its doc and no class " + want);
        }
        continue;
      }
      if (!r.getClass().getName().equals(want)) {
        wrong.add(r.id() + ": " + r.getClass().getName() + " should be " + want);
      }
      if (RuleDocs.get(r.id()).grammar() != null) {
        wrong.add(r.id() + ": grammar: in its doc, but the class " + want + " does the checking");
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, TaxonomyTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void registryHasOneSectionPerFamily() {
    Set<String> seen = new LinkedHashSet<>();
    String current = null;
    for (Rule r : BuiltinRules.all()) {
      String fam = RuleDocs.family(r.id());
      if (!fam.equals(current)) {
        assertTrue(seen.add(fam), "family " + fam + " is split in the registry");
        current = fam;
      }
    }
  }

  @Test
  void rulePackagesHoldRulesOnly() {
    List<String> strays = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.distlint.rules")) {
      boolean top = c.getPackageName().equals("dev.distlint.rules");
      if (!top && c.isTopLevelClass() && !c.isAssignableTo(Rule.class)) {
        strays.add(c.getName());
      }
    }
    assertEquals(List.of(), strays, "helpers belong beside the facts they serve");
  }
}

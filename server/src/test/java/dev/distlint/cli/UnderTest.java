package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which scanned paths a file or folder named on the command line selects: as paths compare. */
class UnderTest {
  private static final Path CWD = Path.of("/work/repo");

  private static boolean byPath(Path target, boolean directory, String path) {
    Path abs = CWD.resolve(path).normalize();
    return abs.equals(target) || (directory && abs.startsWith(target));
  }

  @Test
  void textComparisonAgreesWithPathComparison() {
    List<String> targets = List.of("", "deploy", "deploy/k8s", "deploy/k8s/app.yaml", "dep",
        "/elsewhere", "/elsewhere/deploy", "/work", "/");
    List<String> paths = List.of("deploy/k8s/app.yaml", "deploy/k8s", "deploy", "deployment.yaml",
        "deploy2/x.yaml", "dep/x", "deploy/./k8s/app.yaml", "deploy/../deploy/k8s/app.yaml",
        "../repo/deploy/x.yaml", "/elsewhere/deploy/x.yaml", "/work/repo/deploy/x.yaml",
        "a//b.yaml", "mix.exs", "./mix.exs", "deploy/k8s/app.yaml/", "..", ".");
    for (String t : targets) {
      Path target = CWD.resolve(t).normalize();
      for (boolean directory : new boolean[] {true, false}) {
        CheckCommand.Under under = new CheckCommand.Under(CWD, target, directory);
        for (String p : paths) {
          assertEquals(byPath(target, directory, p), under.holds(p),
              "target " + t + (directory ? "/" : "") + ", path " + p);
        }
      }
    }
  }
}

package dev.distlint.catalogue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Links to rule docs for {@code codeDescription.href}. The docs ship beside the server: in a
 * source checkout under {@code server/src/main/resources/rules}, in an editor extension in a
 * {@code rules/} folder next to the jar. A configured base URL wins over both.
 */
public final class RuleDocLinks {
  private static volatile String base = findLocalDocs();

  private RuleDocLinks() {
  }

  /** Sets a base URL (ending in '/') under which {@code <id>.md} is found; null restores local. */
  public static void setBase(String url) {
    base = url == null || url.isBlank() ? findLocalDocs() : (url.endsWith("/") ? url : url + "/");
  }

  /**
   * The link to a rule's doc: under the configured base or the docs beside the server, else a
   * copy of the doc the server carries, written once to a temporary folder. Null only for an
   * id that has no doc.
   */
  public static String href(String ruleId) {
    String b = base;
    return b != null ? b + RuleDocs.docPath(ruleId) : extracted(ruleId);
  }

  private static String extracted(String ruleId) {
    if (!ruleId.matches("[a-z0-9-]+")) {
      return null;
    }
    Path dir = Path.of(System.getProperty("java.io.tmpdir"),
        "distlint-rules-" + dev.distlint.base.Version.VALUE);
    Path doc = dir.resolve(ruleId + ".md");
    try (var in = RuleDocLinks.class.getResourceAsStream("/rules/" + RuleDocs.docPath(ruleId))) {
      if (in == null) {
        return null;
      }
      if (!Files.isRegularFile(doc)) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ruleId, ".tmp");
        Files.write(tmp, in.readAllBytes());
        Files.move(tmp, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return doc.toUri().toString();
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static String findLocalDocs() {
    try {
      var src = RuleDocLinks.class.getProtectionDomain().getCodeSource();
      if (src == null) {
        return null;
      }
      Path jar = Path.of(src.getLocation().toURI());
      Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
      for (Path candidate : new Path[] {dir.resolve("rules"),
          dir.resolve("../src/main/resources/rules"), dir.resolve("../../src/main/resources/rules")}) {
        if (Files.isDirectory(candidate)) {
          return candidate.toAbsolutePath().normalize().toUri().toString();
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }
}

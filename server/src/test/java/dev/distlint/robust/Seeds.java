package dev.distlint.robust;

import dev.distlint.syntax.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real files to start mutating from: every fixture, the example project, the front ends' samples
 * and the test workspace that holds a secret in every kind of file. Each seed keeps the path it
 * is read under (which decides its kind) and the other files of its project, so cross-file rules
 * run too.
 */
final class Seeds {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final Path EXAMPLES = Path.of("../examples");
  static final Path WORKSPACE = Path.of("src/test/resources/robust/workspace");
  /** The cookies written in the test workspace; no output may ever contain them. */
  static final List<String> SECRETS = List.of("zq-secret-cookie-4b8e1f0d9c", "zq-other-cookie-77a1e5");

  /** One file to mutate: its path in its project, its text, and its project's files. */
  record Seed(String project, String path, String text, Map<String, String> siblings) {
    String label() {
      return project + ":" + path;
    }
  }

  private Seeds() {
  }

  static List<Seed> all() {
    List<Seed> out = new ArrayList<>();
    try (Stream<Path> families = Files.list(FIXTURES)) {
      for (Path family : families.sorted().toList()) {
        try (Stream<Path> rules = Files.list(family)) {
          for (Path rule : rules.sorted().toList()) {
            try (Stream<Path> cases = Files.list(rule)) {
              for (Path c : cases.sorted().toList()) {
                out.addAll(project(FIXTURES.relativize(c).toString(), c));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.addAll(project("examples", EXAMPLES));
    out.addAll(project("workspace", WORKSPACE));
    Map<String, String> samples = new LinkedHashMap<>();
    samples.put("rel/vm.args.eex", Samples.VM_ARGS_EEX);
    samples.put("rel/env.sh.eex", Samples.ENV_SH_EEX);
    samples.put("rel/overlays/env.sh", Samples.ENV_SH_FLY);
    samples.put("fly.toml", Samples.FLY_TOML);
    samples.forEach((p, t) -> out.add(new Seed("samples", p, t, Map.of())));
    return out;
  }

  /** The secret-bearing workspace as path -> text. */
  static Map<String, String> workspaceFiles() {
    return read(WORKSPACE);
  }

  private static List<Seed> project(String name, Path root) {
    Map<String, String> files = read(root);
    List<Seed> out = new ArrayList<>();
    files.forEach((p, t) -> out.add(new Seed(name, p, t, files)));
    return out;
  }

  static Map<String, String> read(Path root) {
    Map<String, String> files = new LinkedHashMap<>();
    try {
      if (Files.isRegularFile(root)) {
        files.put(root.getFileName().toString(), Files.readString(root, StandardCharsets.UTF_8));
        return files;
      }
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          files.put(root.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}

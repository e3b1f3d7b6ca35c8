package dev.distlint.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The name-based test of the file globs agrees with their regular expression on every path. */
class FilePatternsMatcherTest {
  private static final List<String> DIRS = List.of("", "config/", "lib/", "rel/", "a/config/",
      "a/config/b/", "xconfig/", "configx/", "a/lib/b/c/", "alib/", "libs/", "a/rel/", "arel/",
      "rel/x/", "Config/", "LIB/", "REL/", "templates/", "a b/c\td/", "\u00e9/lib/", "lib/rel/");
  private static final List<String> NAMES = List.of("a.yaml", "a.yml", ".yaml", "a.YAML",
      "yaml", "a.yaml.bak", "x.exs", ".exs", "x.ex", "x.EX", "x.exs.bak", "mix.exs", "MIX.EXS",
      "mix.lock", "mix.locks", "vm.args", "prod.vm.args", ".vm.args", "vm.args.eex",
      "remotevm.args.eex", "x.vm.args.eex", "vm.argsx", "env.sh", "env.sh.eex", "xenv.sh",
      "fly.toml", "fly.staging.toml", "fly..toml", "fly.tom", "flyx.toml", "FLY.TOML",
      "fly.a.b.toml", "config.exs", "Dockerfile", "dockerfile", "Dockerfile.prod",
      "dockerfile.", "dockerfilex", "app.dockerfile", ".dockerfile", "entrypoint.sh",
      "docker-entrypoint.sh", "my-entrypoint.sh", "README.md", "a\nb.yaml", "\u0130.yaml",
      "x\u2028.exs", "");

  @Test
  void byNameAgreesWithTheRegex() {
    for (String d : DIRS) {
      for (String n : NAMES) {
        String name = n.toLowerCase(Locale.ROOT);
        assertEquals(FilePatterns.byRegex(d + name), FilePatterns.byName(d, name), d + n);
      }
    }
  }

  @Test
  void foldersWithLineBreaksAreLeftToTheRegex() {
    for (String d : List.of("a\nb/", "config\n/", "\nconfig/", "lib/\r/", "x\u2028/lib/",
        "\u0085/")) {
      for (String n : NAMES) {
        String name = n.toLowerCase(Locale.ROOT);
        assertEquals(FilePatterns.byRegex(d + name), FilePatterns.matches(d + n), d + n);
      }
    }
  }
}

package dev.distlint.robust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs built to hurt a parser: 10,000 levels of nesting in every bracket style the front ends
 * know, megabyte lines, files above the size limit, binary and invalid UTF-8 content, YAML alias
 * bombs and anchor chains.
 */
final class Pathological {
  static final int DEPTH = 10_000;

  private Pathological() {
  }

  /** Nesting of every style; each input is parsed under every kind's path. */
  static List<Mutations.Variant> nesting() {
    List<Mutations.Variant> out = new ArrayList<>();
    String[] openers = {"[", "{", "(", "- ", "[\n", "{a: ", "a: [", "%{a: ", "fn -> ",
        "if x do\n", "\"#{", "<<", "~w(", "a = [", "{ b = ", "$(", "${A:-", "if x; then ",
        "<%= ", "\"$(\"", "[[a.", "key:\n  - ", "- a:\n    ", "? "};
    for (String o : openers) {
      String deep = o.repeat(DEPTH);
      out.add(new Mutations.Variant("10,000 x '" + o.strip() + "'", deep));
    }
    out.add(new Mutations.Variant("10,000 balanced brackets",
        "[".repeat(DEPTH) + "]".repeat(DEPTH)));
    out.add(new Mutations.Variant("10,000 balanced braces in a value",
        "a: " + "{b: ".repeat(DEPTH) + "1" + "}".repeat(DEPTH)));
    out.add(new Mutations.Variant("10,000 nested keyword lists",
        "config :app, " + "a: [".repeat(DEPTH) + "1" + "]".repeat(DEPTH)));
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      block.append("  ".repeat(i)).append("a").append(i).append(":\n");
    }
    out.add(new Mutations.Variant("1,000 levels of block indentation", block.toString()));
    return out;
  }

  /** Very large inputs: sizes around and far above the analysis limit. */
  static List<Mutations.Variant> huge(String seed) {
    List<Mutations.Variant> out = new ArrayList<>();
    out.add(new Mutations.Variant("one 5 MB line", "a".repeat(5 * 1024 * 1024)));
    out.add(new Mutations.Variant("a 20 MB file", repeatTo(seed.isEmpty() ? "x: y\n" : seed,
        20 * 1024 * 1024)));
    out.add(new Mutations.Variant("a 3.9 MB quoted line",
        "key: \"" + "x".repeat(3_900_000) + "\"\n"));
    return out;
  }

  /** The seed repeated up to just under the analysis limit: parsed in full. */
  static Mutations.Variant nearLimit(String seed) {
    return new Mutations.Variant("seed repeated to 3.9 MB", repeatTo(seed, 3_900_000));
  }

  static List<Mutations.Variant> garbage(String seed, Random r) {
    List<Mutations.Variant> out = new ArrayList<>();
    byte[] bin = new byte[64 * 1024];
    r.nextBytes(bin);
    out.add(new Mutations.Variant("random binary", Mutations.decode(bin)));
    byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[utf8.length * 2];
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x9F, (byte) 0xED, (byte) 0xA0,
        (byte) 0x80, (byte) 0xFF, (byte) 0xC0, (byte) 0xAF};
    for (int i = 0; i < utf8.length; i++) {
      broken[2 * i] = utf8[i];
      broken[2 * i + 1] = bad[i % bad.length];
    }
    out.add(new Mutations.Variant("invalid UTF-8 after every byte", Mutations.decode(broken)));
    StringBuilder ctl = new StringBuilder();
    for (int i = 0; i < 4096; i++) {
      ctl.append((char) r.nextInt(0x20));
    }
    out.add(new Mutations.Variant("control characters", ctl.toString()));
    return out;
  }

  /** YAML-specific attacks: alias bombs, anchor chains, tags naming Java classes. */
  static List<Mutations.Variant> yaml() {
    List<Mutations.Variant> out = new ArrayList<>();
    StringBuilder laughs = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        laughs.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    out.add(new Mutations.Variant("billion laughs", laughs.toString()));
    StringBuilder chain = new StringBuilder("c0: &c0 [x]\n");
    for (int i = 1; i < DEPTH; i++) {
      chain.append("c").append(i).append(": &c").append(i).append(" [*c").append(i - 1)
          .append("]\n");
    }
    out.add(new Mutations.Variant("10,000 chained collection anchors", chain.toString()));
    StringBuilder scalars = new StringBuilder();
    for (int i = 0; i < DEPTH; i++) {
      scalars.append("s").append(i).append(": &s").append(i).append(" v\n");
      scalars.append("r").append(i).append(": *s").append(i).append('\n');
    }
    out.add(new Mutations.Variant("10,000 scalar anchors and aliases", scalars.toString()));
    StringBuilder merges = new StringBuilder("m0: &m0 {a: 1}\n");
    for (int i = 1; i < 2_000; i++) {
      merges.append("m").append(i).append(": &m").append(i).append(" {<<: *m").append(i - 1)
          .append(", b").append(i).append(": 1}\n");
    }
    out.add(new Mutations.Variant("2,000 chained merge keys", merges.toString()));
    out.add(new Mutations.Variant("recursive alias", "a: &a [*a, {b: *a}]\nb: &b {c: *b}\n"));
    out.add(new Mutations.Variant("Java class tags",
        "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://127.0.0.1:9/\"]]]]\nb: !!java.io.FileOutputStream [\"pwned\"]\n"));
    out.add(new Mutations.Variant("100,000 empty documents", "---\n".repeat(100_000)));
    out.add(new Mutations.Variant("directives everywhere", "%YAML 1.1\n%TAG ! !x\n---\n"
        .repeat(5_000)));
    out.add(new Mutations.Variant("undefined aliases", "*a\n".repeat(1_000) + "b: *c"));
    return out;
  }

  private static String repeatTo(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
      if (!unit.endsWith("\n")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}

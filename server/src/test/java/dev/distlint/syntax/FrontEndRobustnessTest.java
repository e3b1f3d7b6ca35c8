package dev.distlint.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.envsh.EnvShParser;
import dev.distlint.syntax.toml.TomlDocument;
import dev.distlint.syntax.toml.TomlParser;
import dev.distlint.syntax.vmargs.VmArgsParser;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every front end must survive whatever an editor sends: each prefix of a real file (as while
 * typing), random mutations, pathological nesting and unclosed constructs, in linear time.
 */
class FrontEndRobustnessTest {
  private static final String NASTY = "\"'\\$`{}[]()<%>#=;|&.,:-+ \n\r\t\u0000🙂é";

  private static final Consumer<String> VM_ARGS = t -> RangeCheck.vmArgs(t, VmArgsParser.parse(t));
  private static final Consumer<String> ENV_SH = t -> RangeCheck.envSh(t, EnvShParser.parse(t));
  private static final Consumer<String> TOML = t -> RangeCheck.toml(t, TomlParser.parse(t));

  @Test
  void everyPrefixOfEverySampleParses() {
    everyPrefix(Samples.VM_ARGS_EEX, VM_ARGS);
    everyPrefix(Samples.ENV_SH_EEX, ENV_SH);
    everyPrefix(Samples.ENV_SH_FLY, ENV_SH);
    everyPrefix(Samples.FLY_TOML, TOML);
  }

  @Test
  void randomMutationsParse() {
    Random random = new Random(20240611L);
    mutate(Samples.VM_ARGS_EEX, VM_ARGS, random);
    mutate(Samples.ENV_SH_EEX, ENV_SH, random);
    mutate(Samples.ENV_SH_FLY, ENV_SH, random);
    mutate(Samples.FLY_TOML, TOML, random);
  }

  @Test
  void deepNestingNeitherOverflowsNorHangs() {
    String brackets = "[".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String text : List.of(brackets, "a = " + brackets, "a = " + "[\n".repeat(10_000),
          "a = " + "{ b = ".repeat(10_000), "[".repeat(10_000) + "]".repeat(10_000),
          "a = " + "[".repeat(50) + "]".repeat(50))) {
        TomlDocument doc = TomlParser.parse(text);
        RangeCheck.toml(text, doc);
      }
      for (String text : List.of("X=" + "$(".repeat(10_000), "X=" + "${A:-".repeat(10_000),
          "X=\"" + "$(\"".repeat(10_000), "(".repeat(10_000), "if x; then ".repeat(10_000),
          "case x in\n".repeat(5_000), "{ ".repeat(10_000))) {
        ENV_SH.accept(text);
      }
    });
    assertTrue(TomlParser.parse("a = " + "[".repeat(50) + "]".repeat(50)).errors().isEmpty());
    assertFalse(TomlParser.parse("a = " + brackets).errors().isEmpty());
  }

  @Test
  void unclosedConstructsStayLinear() {
    int n = 8_000;
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String unit : List.of("\"\n", "'\n", "<%\n", "<%= x\n", "-a \"b\n", "# <%\n")) {
        VM_ARGS.accept(unit.repeat(n));
      }
      for (String unit : List.of("X=\"\n", "X='\n", "X=$(\n", "X=${\n", "X=`\n", "<%\n",
          "X=\"$(\n", "cat <<EOF\n", "case $A in\n", "X=a\\\n")) {
        ENV_SH.accept(unit.repeat(n));
      }
      for (String unit : List.of("a = \"\"\"\n", "a = '''\n", "a = \"\n", "a = [\n", "a = {\n",
          "[\n", "[[a.\n", "a.b.c.d = 1\n", "\"\"\"\n", "x = \"\"\"a\"\"\" \"\"\"\n")) {
        TOML.accept(unit.repeat(n));
      }
    });
  }

  @Test
  void lineEndingsAndEmojiVariants() {
    for (String sample : List.of(Samples.VM_ARGS_EEX, Samples.ENV_SH_FLY, Samples.FLY_TOML)) {
      for (String variant : List.of(sample.replace("\n", "\r\n"), sample.replace("\n", "\r"),
          sample.replace("a", "🙂"), sample.replace(" ", "🙂 "))) {
        VM_ARGS.accept(variant);
        ENV_SH.accept(variant);
        TOML.accept(variant);
      }
    }
    assertTrue(TomlParser.parse(Samples.FLY_TOML.replace("\n", "\r\n")).errors().isEmpty());
  }

  @Test
  void nullAndEmptyInputs() {
    for (String text : new String[] {null, "", " ", "\n", "\r\n", "\uFEFF", "\uD83D"}) {
      VmArgsParser.parse(text);
      EnvShParser.parse(text);
      TomlParser.parse(text);
    }
  }

  private static void everyPrefix(String sample, Consumer<String> parse) {
    for (String variant : List.of(sample, sample.replace("\n", "\r\n"))) {
      for (int i = 0; i <= variant.length(); i++) {
        parse.accept(variant.substring(0, i));
      }
    }
  }

  private static void mutate(String sample, Consumer<String> parse, Random random) {
    for (int round = 0; round < 1500; round++) {
      StringBuilder sb = new StringBuilder(sample);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && sb.length() > 0; e++) {
        int at = random.nextInt(sb.length());
        String piece = randomPiece(random);
        switch (random.nextInt(3)) {
          case 0 -> sb.insert(at, piece);
          case 1 -> sb.deleteCharAt(at);
          default -> sb.replace(at, Math.min(sb.length(), at + piece.length()), piece);
        }
      }
      parse.accept(sb.toString());
    }
  }

  private static String randomPiece(Random random) {
    if (random.nextInt(8) == 0) {
      return String.valueOf((char) random.nextInt(0x10000));
    }
    int i = random.nextInt(NASTY.length());
    return NASTY.substring(i, Math.min(NASTY.length(), i + 1 + random.nextInt(3)));
  }
}

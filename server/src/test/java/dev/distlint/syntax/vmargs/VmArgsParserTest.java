package dev.distlint.syntax.vmargs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.Marked;
import dev.distlint.syntax.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmArgsParserTest {

  @Test
  void readsTheFlagsOfARealVmArgsTemplate() {
    VmArgsFile f = VmArgsParser.parse(Samples.VM_ARGS_EEX);

    assertEquals("<%= @release.name %>@127.0.0.1", f.flag("-name").orElseThrow().args().get(0).text());
    assertTrue(f.flag("-name").orElseThrow().args().get(0).isTemplated());
    assertEquals(List.of("not-so-secret"), texts(f.flag("-setcookie").orElseThrow().args()));
    assertEquals("true", f.flag("+K").orElseThrow().args().get(0).text());
    assertEquals("1000000", f.flag("+P").orElseThrow().args().get(0).text());
    assertEquals("2:2", f.flag("+S").orElseThrow().args().get(0).text());
    assertEquals("none", f.flag("+sbwt").orElseThrow().args().get(0).text());
    assertEquals("inet6_tcp", f.flag("-proto_dist").orElseThrow().args().get(0).text());
    assertTrue(f.flag("-hidden").orElseThrow().args().isEmpty());
    assertEquals("false", f.flag("-start_epmd").orElseThrow().args().get(0).text());
    assertEquals("4370", f.flag("-erl_epmd_port").orElseThrow().args().get(0).text());
    assertEquals(List.of("ERL_MAX_PORTS", "65536"), texts(f.flag("-env").orElseThrow().args()));
    assertTrue(f.strays().isEmpty(), f.strays().toString());
  }

  @Test
  void readsKernelParametersAndKeepsTheLastOne() {
    VmArgsFile f = VmArgsParser.parse(Samples.VM_ARGS_EEX);

    assertEquals(2, f.flags("-kernel").size() - 1, "three -kernel lines");
    assertEquals("60", f.param("kernel", "net_ticktime").orElseThrow().value().text());
    assertEquals("9155", f.param("kernel", "inet_dist_listen_max").orElseThrow().value().text());
    assertEquals(4, f.params("kernel").size());
    assertFalse(f.param("kernel", "proto_dist").isPresent());
    assertFalse(f.params().stream().anyMatch(p -> p.app().equals("ssl_dist_opt")));
  }

  @Test
  void readsSslDistOptAsPairs() {
    VmFlag opt = VmArgsParser.parse(Samples.VM_ARGS_EEX).flag("-ssl_dist_opt").orElseThrow();
    List<VmFlag.Pair> pairs = opt.pairs();
    assertEquals(2, pairs.size());
    assertEquals("client_certfile", pairs.get(1).key().text());
    assertEquals("/etc/ssl/b.pem", pairs.get(1).value().text());
  }

  @Test
  void recordsCommentsAndTemplateTags() {
    VmArgsFile f = VmArgsParser.parse(Samples.VM_ARGS_EEX);
    assertEquals(5, f.comments().size());
    assertEquals(3, f.eexTags().size(), "the one inside -name and the two block tags");
  }

  @Test
  void rangesAreExact() {
    Marked m = Marked.of("""
        ## node
        «-name» «app@«<%= @host %>»»
        -kernel «net_ticktime» «30»  # comment
        «+sbwt» «none»
        """);
    VmArgsFile f = VmArgsParser.parse(m.text);
    VmFlag name = f.flag("-name").orElseThrow();
    assertEquals(m.range(0), name.nameRange());
    assertEquals(m.range(1), name.args().get(0).range());
    assertEquals(m.range(2), f.eexTags().get(0));
    AppParam tick = f.param("kernel", "net_ticktime").orElseThrow();
    assertEquals(m.range(3), tick.keyToken().range());
    assertEquals(m.range(4), tick.value().range());
    assertEquals(m.range(5), f.flag("+sbwt").orElseThrow().nameRange());
    assertEquals(m.range(6), f.flag("+sbwt").orElseThrow().args().get(0).range());
  }

  @Test
  void hashStartsACommentEvenInsideAWordButNotInQuotesOrWhenEscaped() {
    VmArgsFile f = VmArgsParser.parse("-setcookie abc#def\n-env A \"x # y\"\n-env B c\\#d\n");
    assertEquals("abc", f.flag("-setcookie").orElseThrow().args().get(0).text());
    assertEquals("x # y", f.flags("-env").get(0).args().get(1).value());
    assertEquals("c#d", f.flags("-env").get(1).args().get(1).value());
  }

  @Test
  void halfTypedParameterHasNoValue() {
    VmArgsFile f = VmArgsParser.parse("-kernel net_ticktime");
    assertNull(f.param("kernel", "net_ticktime").orElseThrow().value());
    assertEquals(TextRange.of(8, 20), f.param("kernel", "net_ticktime").orElseThrow().range());
  }

  @Test
  void flagStringsKeepRangesIntoTheEnclosingFile() {
    Marked m = Marked.of("export ERL_AFLAGS=\"«-proto_dist» «inet6_tcp» -kernel «net_ticktime» 30\"");
    int open = m.text.indexOf('"') + 1;
    int close = m.text.lastIndexOf('"');
    VmArgsFile byRegion = VmArgsParser.parseFlags(m.text, TextRange.of(open, close));
    VmArgsFile byOffset = VmArgsParser.parseFlags(m.text.substring(open, close), open);
    for (VmArgsFile f : List.of(byRegion, byOffset)) {
      assertEquals(m.range(0), f.flag("-proto_dist").orElseThrow().nameRange());
      assertEquals(m.range(1), f.flag("-proto_dist").orElseThrow().args().get(0).range());
      assertEquals(m.range(2), f.param("kernel", "net_ticktime").orElseThrow().keyToken().range());
    }
  }

  @Test
  void crlfAndEmojiKeepUtf16Offsets() {
    Marked m = Marked.of("## 🚀 fast\r\n«-name» «n🙂@host»\r\n«+P» «5»\r");
    VmArgsFile f = VmArgsParser.parse(m.text);
    assertEquals(m.range(0), f.flag("-name").orElseThrow().nameRange());
    assertEquals(m.range(1), f.flag("-name").orElseThrow().args().get(0).range());
    assertEquals(m.range(2), f.flag("+P").orElseThrow().nameRange());
    assertEquals(m.range(3), f.flag("+P").orElseThrow().args().get(0).range());
  }

  @Test
  void wordsBeforeAnyFlagAreStrays() {
    VmArgsFile f = VmArgsParser.parse("oops -name a");
    assertEquals("oops", f.strays().get(0).text());
    assertEquals("a", f.flag("-name").orElseThrow().args().get(0).text());
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }
}

package dev.distlint.syntax.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.Marked;
import dev.distlint.syntax.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlParserTest {

  @Test
  void readsARealFlyToml() {
    TomlDocument doc = TomlParser.parse(Samples.FLY_TOML);
    assertEquals(List.of(), doc.errors());
    TomlTable root = doc.root();

    assertEquals("chat-cluster", root.getString("app").orElseThrow());
    assertEquals("ams", root.getString("primary_region").orElseThrow());
    assertEquals("30s", root.getString("kill_timeout").orElseThrow());
    assertEquals("/app/bin/migrate", root.getString("deploy.release_command").orElseThrow());
    assertEquals("not-a-secret", root.getString("env.RELEASE_COOKIE").orElseThrow());
    assertEquals(8080L, root.getLong("http_service.internal_port").orElseThrow());
    assertEquals(2L, root.getLong("http_service.min_machines_running").orElseThrow());
    assertEquals(1000L, root.getLong("http_service.concurrency.hard_limit").orElseThrow());
    assertTrue(root.getBoolean("http_service.force_https").orElseThrow());
    assertTrue(root.getTable("build").orElseThrow().isEmpty());

    List<TomlTable> checks = root.getArrayOfTables("http_service.checks");
    assertEquals(1, checks.size());
    assertEquals("/health", checks.get(0).getString("path").orElseThrow());

    List<TomlTable> services = root.getArrayOfTables("services");
    assertEquals(1, services.size());
    assertEquals(4369L, services.get(0).getLong("internal_port").orElseThrow());
    List<TomlTable> ports = services.get(0).getArrayOfTables("ports");
    assertEquals(2, ports.size());
    assertEquals(9100L, ports.get(1).getLong("port").orElseThrow());
    TomlArray handlers = ports.get(1).get("handlers").orElseThrow().asArray().orElseThrow();
    assertEquals(List.of("tls", "http"),
        handlers.items().stream().map(v -> v.asString().orElseThrow()).toList());

    assertEquals("1gb", root.getArrayOfTables("vm").get(0).getString("memory").orElseThrow());
    assertEquals(List.of("app", "primary_region", "kill_signal", "kill_timeout", "build", "deploy",
        "env", "http_service", "services", "vm"), root.keys());
  }

  @Test
  void killTimeoutMayBeANumberOrADuration() {
    TomlTable number = TomlParser.parse("kill_timeout = 5").root();
    TomlTable text = TomlParser.parse("kill_timeout = \"5s\"").root();
    assertEquals(5L, number.get("kill_timeout").flatMap(TomlValue::asLong).orElseThrow());
    assertFalse(number.get("kill_timeout").orElseThrow().asString().isPresent());
    assertEquals("5s", text.get("kill_timeout").flatMap(TomlValue::asString).orElseThrow());
  }

  @Test
  void rangesAreExact() {
    Marked m = Marked.of("""
        «app» = «"chat"»
        «[«env»]»
          «RELEASE_COOKIE» = «'x'»
        «[[«services».«ports»]]»
          «port» = «4_369»
        «a».«b» = «{ «c» = «[1, «2.5»]» }»
        """);
    TomlDocument doc = TomlParser.parse(m.text);
    TomlTable root = doc.root();
    assertEquals(List.of(), doc.errors());
    TomlEntry app = root.entry("app").orElseThrow();
    assertEquals(m.range(0), app.keyRange());
    assertEquals(m.range(1), app.value().range());

    TomlTable env = root.getTable("env").orElseThrow();
    assertEquals(m.range(2), env.headerRange());
    assertEquals(m.range(3), root.entry("env").orElseThrow().keyRange());
    TomlEntry cookie = env.entry("RELEASE_COOKIE").orElseThrow();
    assertEquals(m.range(4), cookie.keyRange());
    assertEquals(m.range(5), cookie.value().range());
    assertEquals(m.range(2).union(m.range(5)), env.range());

    TomlTable service = root.getTable("services").orElseThrow();
    TomlTable port = service.getArrayOfTables("ports").get(0);
    assertEquals(m.range(6), port.headerRange());
    assertEquals(m.range(7), root.entry("services").orElseThrow().keyRange());
    assertEquals(m.range(8), service.entry("ports").orElseThrow().keyRange());
    assertEquals(m.range(9), port.entry("port").orElseThrow().keyRange());
    assertEquals(m.range(10), port.get("port").orElseThrow().range());
    assertEquals(4369L, port.getLong("port").orElseThrow());

    // a.b = ... sits under the last [[services.ports]] header
    assertEquals(m.range(11), port.entry("a").orElseThrow().keyRange());
    assertEquals(m.range(12), port.entryAt("a.b").orElseThrow().keyRange());
    assertEquals(m.range(13), port.get("a.b").orElseThrow().range());
    assertEquals(m.range(14), port.entryAt("a.b.c").orElseThrow().keyRange());
    assertEquals(m.range(15), port.get("a.b.c").orElseThrow().range());
    TomlArray c = port.get("a.b.c").orElseThrow().asArray().orElseThrow();
    assertEquals(m.range(16), c.get(1).range());
  }

  @Test
  void stringsNumbersAndDates() {
    TomlTable t = TomlParser.parse("""
        basic = "tab\\there \\u00e9 \\"q\\" \\U0001F680"
        literal = 'C:\\path\\no escapes'
        multi = \"\"\"
        line one \\
          still one
        two\"\"\"
        raw = '''
        keep \\n as is'''
        quotes = \"\"\"say ""hi\"\"\"\"\"
        hex = 0xDEAD_beef
        oct = 0o755
        bin = 0b1010
        neg = -17
        flt = 6.626e-34
        big = 1_000.5
        inf = -inf
        date = 1979-05-27
        odt = 1979-05-27T07:32:00Z
        ldt = 1979-05-27 07:32:00.999
        time = 07:32:00
        bool = false
        """).root();
    assertEquals("tab\there é \"q\" 🚀", t.getString("basic").orElseThrow());
    assertEquals("C:\\path\\no escapes", t.getString("literal").orElseThrow());
    assertEquals("line one still one\ntwo", t.getString("multi").orElseThrow());
    assertEquals("keep \\n as is", t.getString("raw").orElseThrow());
    assertEquals("say \"\"hi\"\"", t.getString("quotes").orElseThrow());
    assertEquals(0xDEADBEEFL, t.getLong("hex").orElseThrow());
    assertEquals(0755L, t.getLong("oct").orElseThrow());
    assertEquals(10L, t.getLong("bin").orElseThrow());
    assertEquals(-17L, t.getLong("neg").orElseThrow());
    assertEquals(6.626e-34, t.get("flt").orElseThrow().asDouble().orElseThrow());
    assertEquals(1000.5, t.get("big").orElseThrow().asDouble().orElseThrow());
    assertEquals(Double.NEGATIVE_INFINITY, t.get("inf").orElseThrow().asDouble().orElseThrow());
    assertEquals("1979-05-27", ((TomlDateTime) t.get("date").orElseThrow()).text());
    assertEquals("1979-05-27T07:32:00Z", ((TomlDateTime) t.get("odt").orElseThrow()).text());
    assertEquals("1979-05-27 07:32:00.999", ((TomlDateTime) t.get("ldt").orElseThrow()).text());
    assertEquals("07:32:00", ((TomlDateTime) t.get("time").orElseThrow()).text());
    assertFalse(t.getBoolean("bool").orElseThrow());
  }

  @Test
  void errorsAreCollectedAndParsingResumesAtTheNextLine() {
    Marked m = Marked.of("""
        app = «chat»
        primary_region = "ams"
        «kill_timeout»
        [env]
        PORT = «"8080»
        «PORT» = "9090"
        count = 5 «extra»
        [http_service]
        internal_port = 8080
        """);
    TomlDocument doc = TomlParser.parse(m.text);
    List<TomlError> errors = doc.errors();
    assertEquals(5, errors.size(), errors.toString());
    assertEquals(m.range(0), errors.get(0).range());
    assertTrue(errors.get(0).message().contains("strings need quotes"), errors.get(0).message());
    assertEquals(m.range(1).end(), errors.get(1).range().start(), "'=' expected after the key");
    assertEquals(m.range(2), errors.get(2).range());
    assertEquals(m.range(3), errors.get(3).range());
    assertTrue(errors.get(3).message().contains("duplicate key"));
    assertEquals(m.range(4), errors.get(4).range());

    TomlTable root = doc.root();
    assertEquals("ams", root.getString("primary_region").orElseThrow());
    assertEquals("8080", root.getString("env.PORT").orElseThrow(), "the unclosed string is kept");
    assertEquals(5L, root.getLong("env.count").orElseThrow());
    assertEquals(8080L, root.getLong("http_service.internal_port").orElseThrow());
  }

  @Test
  void anUnclosedArrayKeepsItsItemsAndTheNextLinesStillParse() {
    TomlDocument doc = TomlParser.parse("""
        processes = ["app", "worker"
        [env]
        PORT = "8080"
        """);
    assertEquals(1, doc.errors().size(), doc.errors().toString());
    assertEquals(2, doc.root().get("processes").orElseThrow().asArray().orElseThrow().size());
    assertEquals("8080", doc.root().getString("env.PORT").orElseThrow());
  }

  @Test
  void structureErrors() {
    TomlDocument doc = TomlParser.parse("""
        a = 1
        a.b = 2
        t = { x = 1 }
        t.y = 2
        [env]
        [env]
        [[env]]
        [a.b]
        """);
    assertEquals(5, doc.errors().size(), doc.errors().toString());
    assertEquals(1L, doc.root().getLong("a").orElseThrow());
  }

  @Test
  void multilineArraysWithCommentsAndTrailingCommas() {
    TomlTable t = TomlParser.parse("""
        ports = [ # web
          80,
          443, # tls
          [1, [2, []]],
        ]
        table = { a = 1, b = { c = "d" } }
        """).root();
    assertEquals(3, t.get("ports").orElseThrow().asArray().orElseThrow().size());
    assertEquals("d", t.getString("table.b.c").orElseThrow());
  }

  @Test
  void crlfLoneCrAndEmoji() {
    Marked m = Marked.of("# 🚀\r\n«app» = «\"🙂 chat\"»\r\n«n» = «1»\r«m» = «2»");
    TomlDocument doc = TomlParser.parse(m.text);
    assertEquals(List.of(), doc.errors());
    assertEquals(m.range(0), doc.root().entry("app").orElseThrow().keyRange());
    assertEquals(m.range(1), doc.root().get("app").orElseThrow().range());
    assertEquals(m.range(3), doc.root().get("n").orElseThrow().range());
    assertEquals(m.range(5), doc.root().get("m").orElseThrow().range());
  }

  @Test
  void anEmojiWhereAKeyBelongsIsOneErrorCoveringTheWholeCharacter() {
    Marked m = Marked.of("«🚀» = 1\nok = 2");
    TomlDocument doc = TomlParser.parse(m.text);
    assertEquals(m.range(0), doc.errors().get(0).range());
    assertEquals(2L, doc.root().getLong("ok").orElseThrow());
  }
}

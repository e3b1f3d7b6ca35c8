package dev.distlint.catalogue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.distlint.base.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import java.util.concurrent.ConcurrentHashMap;

/** Loads rule docs ({@code rules/<id>.md} on the classpath) and parses them once. */
public final class RuleDocs {
  private static final Map<String, RuleDoc> CACHE = new ConcurrentHashMap<>();

  /** The Markdown parser, made when a doc's body is first needed (running rules needs none). */
  private static final class Markdown {
    static final Parser PARSER;

    static {
      MutableDataSet opts = new MutableDataSet();
      opts.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
      PARSER = Parser.builder(opts).build();
    }
  }

  /** The front matter of every doc, as the build indexed it. */
  private static final class Index {
    static final Map<String, Map<String, Object>> FRONT_MATTER = FrontMatterIndex.read();
  }

  private RuleDocs() {
  }

  /** The doc of a rule id; throws when the resource is missing (a build error, not user input). */
  public static RuleDoc get(String id) {
    return CACHE.computeIfAbsent(id, RuleDocs::load);
  }

  /** Whether a rule with this id exists: every rule has a doc, so the docs are the list of ids. */
  public static boolean exists(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,80}")) {
      return false;
    }
    return CACHE.containsKey(id)
        || RuleDocs.class.getClassLoader().getResource(resource(id)) != null;
  }

  /**
   * A rule's family: the first word of its id. Rules of one family share a package, a folder of
   * docs and a folder of fixtures, all named by it.
   */
  public static String family(String id) {
    int dash = id.indexOf('-');
    return dash < 0 ? id : id.substring(0, dash);
  }

  /** Where a rule's doc lives, relative to the docs folder: {@code <family>/<id>.md}. */
  public static String docPath(String id) {
    return family(id) + "/" + id + ".md";
  }

  private static String resource(String id) {
    return "rules/" + docPath(id);
  }

  private static RuleDoc load(String id) {
    Map<String, Object> indexed = Index.FRONT_MATTER.get(id);
    if (indexed != null) {
      return fromFrontMatter(indexed, x -> {
        String markdown = text(id);
        return body(markdown, Markdown.PARSER.parse(markdown), x);
      });
    }
    return parseLazily(text(id));
  }

  /** The Markdown text of a rule's doc. */
  private static String text(String id) {
    String res = resource(id);
    try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("missing rule doc " + res);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The front-matter keys a doc may use; any other key is an error in the doc. */
  public static final Set<String> FRONT_MATTER_KEYS = Set.of("id", "severity", "confidence",
      "kinds", "checklist", "sources", "aliases", "params", "grammar");

  /**
   * Parses one doc's Markdown text. The front matter is YAML (read with snakeyaml, so nested
   * {@code params:} are typed); an unknown key, a malformed parameter or a missing id throws, so a
   * broken doc fails the build rather than a user's run.
   */
  public static RuleDoc parse(String markdown) {
    Document doc = Markdown.PARSER.parse(markdown);
    Map<String, Object> data = Map.of();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof YamlFrontMatterBlock) {
        data = frontMatter(markdown.substring(n.getStartOffset(), n.getEndOffset()));
      }
    }
    Map<String, Object> d = data;
    RuleDoc lazy = fromFrontMatter(d, id -> body(markdown, doc, id));
    return new RuleDoc(lazy.id(), lazy.title(), lazy.severity(), lazy.confidence(), lazy.kinds(),
        lazy.checklist(), lazy.sources(), lazy.aliases(), lazy.params(), lazy.grammar(),
        lazy.body(), lazy.sections(), lazy.examples());
  }

  /**
   * As {@link #parse}, reading only the front matter now: what running the rules needs (kinds,
   * severity, parameters, grammar). The Markdown body is parsed when first asked for (a hover,
   * {@code explain}, a report). A doc whose front matter is not the plain {@code ---} block the
   * catalogue's docs use is parsed whole at once; the catalogue test checks that both ways give
   * equal docs.
   */
  static RuleDoc parseLazily(String markdown) {
    String block = plainFrontMatter(markdown);
    if (block == null) {
      return parse(markdown);
    }
    return fromFrontMatter(frontMatter(block),
        id -> body(markdown, Markdown.PARSER.parse(markdown), id));
  }

  /**
   * The front-matter block of a doc that starts with a line {@code ---} and closes it with the
   * next line {@code ---}, as the Markdown parser reads it; null for any other form (left to that
   * parser).
   */
  static String plainFrontMatter(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return null;
    }
    int from = 4;
    while (true) {
      int nl = markdown.indexOf('\n', from);
      if (nl < 0) {
        return null;
      }
      String line = markdown.substring(from, nl);
      if (line.equals("---")) {
        return markdown.substring(0, nl + 1);
      }
      if (line.startsWith("---") || line.startsWith("...") || line.indexOf('\r') >= 0) {
        return null;
      }
      from = nl + 1;
    }
  }

  /** A doc from its front matter, the body part coming from {@code body} given the id. */
  private static RuleDoc fromFrontMatter(Map<String, Object> data,
      java.util.function.Function<String, RuleDoc.Body> body) {
    String id = one(data, "id");
    if (id == null) {
      throw new IllegalStateException("rule doc without an id");
    }
    Severity sev = Severity.parse(one(data, "severity")).orElse(Severity.WARNING);
    return new RuleDoc(id, sev, one(data, "confidence"), list(data, "kinds"),
        one(data, "checklist"), list(data, "sources"), list(data, "aliases"),
        RuleParamSpecs.read(id, data.get("params")), keyCheck(id, data.get("grammar")),
        () -> body.apply(id));
  }

  /** The Markdown-derived part of a doc: title (else the id), body, sections and examples. */
  private static RuleDoc.Body body(String markdown, Document doc, String id) {
    int bodyStart = 0;
    Map<String, String> sections = new LinkedHashMap<>();
    Map<String, List<RuleDoc.CodeBlock>> examples = new LinkedHashMap<>();
    String current = null;
    int sectionStart = 0;
    String title = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof YamlFrontMatterBlock) {
        bodyStart = n.getEndOffset();
      } else if (n instanceof Heading h) {
        if (current != null) {
          sections.put(current, markdown.substring(sectionStart, n.getStartOffset()).strip());
        }
        if (h.getLevel() == 1 && title == null) {
          title = h.getText().toString().strip();
          current = null;
        } else {
          current = h.getText().toString().strip();
          sectionStart = n.getEndOffset();
        }
      } else if (n instanceof FencedCodeBlock cb && current != null) {
        examples.computeIfAbsent(current, k -> new ArrayList<>()).add(codeBlock(cb));
      }
    }
    if (current != null) {
      sections.put(current, markdown.substring(sectionStart).strip());
    }
    return new RuleDoc.Body(title == null ? id : title, markdown.substring(bodyStart).strip(),
        sections, examples);
  }

  /** One front-matter reader a thread: made once, not once a doc (snakeyaml's are not shared). */
  private static final ThreadLocal<Yaml> YAML =
      ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

  static Map<String, Object> frontMatter(String block) {
    String inner = block.strip().replaceFirst("\\A---[ \\t]*\\R", "")
        .replaceFirst("\\R---[ \\t]*\\z", "");
    Object loaded = YAML.get().load(inner);
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalStateException("rule doc front matter is not a mapping");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!FRONT_MATTER_KEYS.contains(key)) {
        throw new IllegalStateException("unknown front-matter key '" + key + "' in rule doc "
            + map.get("id"));
      }
      out.put(key, e.getValue());
    }
    return out;
  }

  private static final Set<String> GRAMMAR_KEYS = Set.of("contexts", "deprecated");

  /**
   * The {@code grammar:} of a doc-only rule: a context reference or a list of them, or a mapping
   * with {@code contexts:} and {@code deprecated:}.
   */
  private static RuleDoc.KeyCheck keyCheck(String id, Object v) {
    if (v == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (v instanceof Map<?, ?> given) {
      given.forEach((k, x) -> m.put(String.valueOf(k), x));
    } else {
      m.put("contexts", v);
    }
    if (!GRAMMAR_KEYS.containsAll(m.keySet())) {
      throw new IllegalStateException("rule doc " + id + ": grammar takes only " + GRAMMAR_KEYS);
    }
    List<String> refs = list(m, "contexts");
    if (refs.isEmpty() || !refs.stream().allMatch(r -> r.matches("[a-z_]+/[^/:\\s]+"))) {
      throw new IllegalStateException("rule doc " + id + ": grammar names contexts as"
          + " dialect/context");
    }
    return new RuleDoc.KeyCheck(refs, Boolean.TRUE.equals(m.get("deprecated")));
  }

  /** A list of strings, or a single string as a one-item list. */
  private static List<String> list(Map<String, Object> data, String key) {
    Object v = data.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  private static RuleDoc.CodeBlock codeBlock(FencedCodeBlock cb) {
    String info = cb.getInfo().toString().strip();
    String lang = null;
    String file = null;
    for (String word : info.split("\\s+")) {
      if (word.startsWith("file=")) {
        file = word.substring(5);
      } else if (lang == null && !word.isEmpty()) {
        lang = word;
      }
    }
    return new RuleDoc.CodeBlock(lang, file, cb.getContentChars().toString());
  }

  private static String one(Map<String, Object> data, String key) {
    Object v = data.get(key);
    return v == null ? null : String.valueOf(v);
  }
}

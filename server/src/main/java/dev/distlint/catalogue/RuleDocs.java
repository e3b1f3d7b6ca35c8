package dev.distlint.catalogue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
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
import java.util.concurrent.ConcurrentHashMap;

/** Loads rule docs ({@code rules/<id>.md} on the classpath) and parses them once. */
public final class RuleDocs {
  private static final Parser PARSER;
  private static final Map<String, RuleDoc> CACHE = new ConcurrentHashMap<>();

  static {
    MutableDataSet opts = new MutableDataSet();
    opts.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
    PARSER = Parser.builder(opts).build();
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
    String res = resource(id);
    try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("missing rule doc " + res);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one doc's Markdown text. */
  public static RuleDoc parse(String markdown) {
    Document doc = PARSER.parse(markdown);
    AbstractYamlFrontMatterVisitor fm = new AbstractYamlFrontMatterVisitor();
    fm.visit(doc);
    Map<String, List<String>> data = fm.getData();
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
    String id = one(data, "id");
    Severity sev = Severity.parse(one(data, "severity")).orElse(Severity.WARNING);
    return new RuleDoc(id, title == null ? id : title, sev, one(data, "confidence"),
        list(data, "kinds"), one(data, "checklist"), list(data, "sources"),
        list(data, "aliases"), markdown.substring(bodyStart).strip(), sections, examples);
  }

  /**
   * A list value, written either as block items ({@code - a}) or inline ({@code [a, b]}); the
   * front-matter reader keeps an inline list as one string, so it is split here.
   */
  private static List<String> list(Map<String, List<String>> data, String key) {
    List<String> out = new ArrayList<>();
    for (String v : data.getOrDefault(key, List.of())) {
      String s = v.strip();
      if (s.startsWith("[") && s.endsWith("]")) {
        for (String item : s.substring(1, s.length() - 1).split(",")) {
          if (!item.isBlank()) {
            out.add(unquote(item.strip()));
          }
        }
      } else if (!s.isEmpty()) {
        out.add(unquote(s));
      }
    }
    return List.copyOf(out);
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

  private static String one(Map<String, List<String>> data, String key) {
    List<String> v = data.get(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    return unquote(v.get(0).strip());
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"")
        || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}

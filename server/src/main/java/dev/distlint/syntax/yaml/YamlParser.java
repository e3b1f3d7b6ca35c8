package dev.distlint.syntax.yaml;

import dev.distlint.base.TextRange;
import dev.distlint.base.ParseProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into positioned nodes: documents of the usual plain shapes with {@link PlainBlockYaml},
 * every other one with snakeyaml's composer (node graph only: no object is ever constructed, so
 * no tag can instantiate a class); both give the same nodes. A file is split at {@code ---} lines into
 * documents; each document's parse is cached by its text, so an edit re-parses only the document
 * it touches. Aliases are limited, nesting is limited, and a syntax error is confined to its
 * document.
 */
public final class YamlParser {
  /** Collections reached through aliases, per document: bounds alias-bomb expansion. */
  static final int MAX_ALIASES = 50;
  /** Nesting depth limit: deeper input becomes a syntax problem, never a stack overflow. */
  static final int MAX_DEPTH = 100;
  /**
   * Bound of the chunk cache, in characters of cached text. The cache serves edits of open
   * documents (one chunk re-parsed per keystroke); twice the largest analysed file is plenty,
   * and the parsed trees it keeps alive weigh several times their text.
   */
  static final int CACHE_CHARS = 8 * 1024 * 1024;
  /**
   * Bound of the chunk cache by estimated weight in bytes: a tree weighs far more than its text
   * (a 3.8 MB manifest of small values makes millions of nodes), so the text bound alone is not
   * enough. Each chunk weighs two bytes a character plus {@link #NODE_BYTES} a node.
   */
  static final long CACHE_WEIGHT = 48L * 1024 * 1024;
  static final int NODE_BYTES = 160;
  private static final int PARALLEL_THRESHOLD = 16;

  private static final Map<String, Chunk> CACHE = new LinkedHashMap<>(256, 0.75f, true);
  /**
   * Tag resolution for the composer. Nothing here reads a node's tag (only values, styles and
   * marks become {@link YNode}s), so implicit tags are not worked out: the resolver answers the
   * plain string, sequence or map tag without running its regular expressions on every scalar.
   * Stateless, so shared.
   */
  private static final Resolver RESOLVER = new Resolver() {
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      return kind == NodeId.scalar ? Tag.STR : kind == NodeId.sequence ? Tag.SEQ : Tag.MAP;
    }
  };
  private static long cachedChars;
  private static long cachedWeight;

  private YamlParser() {
  }

  /** The parse of one document's text, independent of where the text sits in its file. */
  record Chunk(YNode root, int errorOffset, String errorMessage, long weight) {
  }

  /**
   * The documents of the last parse, texts and chunks in file order. The next parse is most
   * often the same file after an edit: each of its documents is compared with the one at the
   * same place from the start or from the end here (a vectorised comparison), and only the
   * others are looked up in the cache, whose lookup hashes each text.
   */
  private record Recent(String[] texts, Chunk[] chunks) {
    /** Where the text of document {@code i} of {@code count} was, or -1. */
    int match(String chunkText, int i, int count) {
      if (i < texts.length && texts[i].equals(chunkText)) {
        return i;
      }
      int j = i + texts.length - count;
      return j != i && j >= 0 && j < texts.length && texts[j].equals(chunkText) ? j : -1;
    }
  }

  private static volatile Recent recent;

  public static YamlFile parse(String text) {
    List<int[]> spans = split(text);
    int count = spans.size();
    Chunk[] chunks = new Chunk[count];
    String[] texts = new String[count];
    List<Integer> misses = new ArrayList<>();
    // Documents with the same text (repeated boilerplate, empty documents) are parsed once.
    Map<String, Integer> firstMiss = new HashMap<>();
    int[] sameAs = new int[count];
    Recent last = recent;
    for (int i = 0; i < count; i++) {
      int[] s = spans.get(i);
      String chunkText = text.substring(s[0], s[1]);
      int was = last == null ? -1 : last.match(chunkText, i, count);
      if (was >= 0) {
        texts[i] = last.texts()[was];
        chunks[i] = last.chunks()[was];
      } else {
        texts[i] = chunkText;
        chunks[i] = cached(chunkText);
      }
      sameAs[i] = i;
      if (chunks[i] == null) {
        Integer first = firstMiss.putIfAbsent(texts[i], i);
        if (first == null) {
          misses.add(i);
        } else {
          sameAs[i] = first;
        }
      }
    }
    if (misses.size() >= PARALLEL_THRESHOLD && !dev.distlint.base.Parallelism.sequential()) {
      misses.parallelStream().forEach(i -> chunks[i] = parseAndCache(texts[i]));
    } else {
      for (int i : misses) {
        chunks[i] = parseAndCache(texts[i]);
      }
    }
    for (int i = 0; i < count; i++) {
      chunks[i] = chunks[sameAs[i]];
    }
    recent = new Recent(texts, chunks);
    List<YamlDocument> docs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int[] s = spans.get(i);
      Chunk c = chunks[i];
      ParseProblem problem = null;
      if (c.errorMessage() != null) {
        int at = s[0] + c.errorOffset();
        int end = lineEnd(text, at);
        problem = new ParseProblem("yaml-syntax", new TextRange(at, Math.max(end, at)),
            c.errorMessage());
      }
      docs.add(new YamlDocument(i, s[0], s[1] - s[0], c.root(), problem));
    }
    return YamlFile.of(docs, List.of());
  }

  private static Chunk parseAndCache(String chunkText) {
    Chunk c = parseChunk(chunkText);
    synchronized (CACHE) {
      Chunk old = CACHE.put(chunkText, c);
      if (old == null) {
        cachedChars += chunkText.length();
      } else {
        cachedWeight -= old.weight();
      }
      cachedWeight += c.weight();
      var it = CACHE.entrySet().iterator();
      while ((cachedChars > CACHE_CHARS || cachedWeight > CACHE_WEIGHT) && it.hasNext()) {
        var e = it.next();
        cachedChars -= e.getKey().length();
        cachedWeight -= e.getValue().weight();
        it.remove();
      }
    }
    return c;
  }

  private static Chunk cached(String chunkText) {
    synchronized (CACHE) {
      return CACHE.get(chunkText);
    }
  }

  /** Number of cached document parses (for tests and the soak test). */
  public static int cacheSize() {
    synchronized (CACHE) {
      return CACHE.size();
    }
  }

  /** Characters of text held by the cache (for the soak test). */
  public static long cachedChars() {
    synchronized (CACHE) {
      return cachedChars;
    }
  }

  /** Estimated bytes held by the cache (for tests). */
  public static long cachedWeight() {
    synchronized (CACHE) {
      return cachedWeight;
    }
  }

  /** Empties the cache (for tests that measure memory). */
  public static void clearCache() {
    synchronized (CACHE) {
      recent = null;
      CACHE.clear();
      cachedChars = 0;
      cachedWeight = 0;
    }
  }

  /**
   * Document spans: a new document starts at every line beginning with {@code ---} (followed by
   * a blank, a line break or the end), except after a directive line ({@code %...}) until the
   * next {@code ---} line. Only lines starting with {@code ---} or {@code %} matter, so the text
   * is searched for those (a vectorised search) instead of read char by char.
   */
  static List<int[]> split(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int len = text.length();
    boolean directives = false;
    int dashes = lineStartingWith(text, "---", 0);
    int percent = lineStartingWith(text, "%", 0);
    while (dashes >= 0 || percent >= 0) {
      if (percent >= 0 && (dashes < 0 || percent < dashes)) {
        directives = true;
        percent = lineStartingWith(text, "%", percent + 1);
        continue;
      }
      if ((dashes + 3 == len || isBlankOrBreak(text.charAt(dashes + 3))) && dashes > start
          && !directives) {
        spans.add(new int[] {start, dashes});
        start = dashes;
      }
      directives = false;
      dashes = lineStartingWith(text, "---", dashes + 1);
    }
    spans.add(new int[] {start, len});
    return spans;
  }

  /**
   * The first offset from {@code from} where a line starts with {@code prefix}, or -1. A line
   * starts at 0 and after a LF or a CR (a CR followed by LF ends its line at the LF, and a line
   * starting with {@code prefix} does not start with LF).
   */
  private static int lineStartingWith(String text, String prefix, int from) {
    int at = from;
    while (true) {
      int k = text.indexOf(prefix, at);
      if (k <= 0) {
        return k;
      }
      char before = text.charAt(k - 1);
      if (before == '\n' || before == '\r') {
        return k;
      }
      at = k + 1;
    }
  }

  private static boolean isBlankOrBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int lineEnd(String text, int at) {
    int i = Math.min(at, text.length());
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static final int MAX_MESSAGE = 200;
  private static final Pattern NAMED =
      Pattern.compile("\\b(alias|anchor|tag handle|tag)[ \\t]+[^ \\t]+");
  private static final Pattern QUOTED = Pattern.compile("'[^'<][^']+'");

  static Chunk parseChunk(String chunk) {
    Chunk c = parseExactly(chunk);
    if (c.errorMessage() != null && chunk.indexOf('\t') >= 0) {
      // Tabs at the end of a line are separation space to Go's YAML readers (kubectl, Helm),
      // which accept them; snakeyaml refuses them. Retry with them read as spaces.
      String spaced = trailingTabsAsSpaces(chunk);
      if (!spaced.equals(chunk)) {
        Chunk retry = parseExactly(spaced);
        if (retry.errorMessage() == null) {
          return retry;
        }
      }
    }
    return c;
  }

  private static String trailingTabsAsSpaces(String chunk) {
    char[] cs = chunk.toCharArray();
    for (int i = cs.length - 1, blankToEnd = 1; i >= 0; i--) {
      char ch = cs[i];
      if (ch == '\n' || ch == '\r') {
        blankToEnd = 1;
      } else if (ch == '\t' && blankToEnd == 1) {
        cs[i] = ' ';
      } else if (ch != ' ') {
        blankToEnd = 0;
      }
    }
    return new String(cs);
  }

  private static Chunk parseExactly(String chunk) {
    PlainBlockYaml.Result plain = PlainBlockYaml.read(chunk);
    if (plain != null) {
      return new Chunk(plain.root(), 0, null, 2L * chunk.length() + (long) NODE_BYTES * plain.nodes());
    }
    return general(chunk);
  }

  /** A document read by snakeyaml's composer, whatever its shape (the plain reader's reference). */
  static Chunk general(String chunk) {
    CodePoints cps = new CodePoints(chunk);
    LoaderOptions opts = new LoaderOptions();
    opts.setMaxAliasesForCollections(MAX_ALIASES);
    opts.setAllowRecursiveKeys(false);
    opts.setAllowDuplicateKeys(true);
    opts.setNestingDepthLimit(MAX_DEPTH);
    opts.setCodePointLimit(Math.max(chunk.length() + 16, 1024));
    // Only the node graph is composed and nothing is ever constructed, so any tag is harmless.
    opts.setTagInspector(tag -> true);
    YNode root = null;
    Seen seen = new Seen(chunk.indexOf('*') >= 0);
    try {
      // What Yaml.composeAll does, without making a Yaml (with its constructor, representer
      // and resolver tables) for every document: the resolver only reads its tables.
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(chunk)), opts), RESOLVER, opts);
      while (composer.checkNode()) {
        Node n = composer.getNode();
        if (n == null) {
          throw new NoSuchElementException("No Node is available.");
        }
        if (root == null) {
          root = convert(n, cps, seen, 0);
        }
      }
      return new Chunk(root, 0, null, weight(chunk, seen));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int at = m == null ? 0 : cps.toChar(m.getIndex());
      String problem = e.getProblem() != null ? redact(e.getProblem()) : "invalid YAML";
      String msg = "YAML syntax error: " + problem
          + (e.getContext() != null ? " (" + redact(e.getContext()) + ")" : "");
      return new Chunk(root, Math.min(at, chunk.length()), msg, weight(chunk, seen));
    } catch (RuntimeException | StackOverflowError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Chunk(root, 0, "YAML could not be read: " + redact(msg), weight(chunk, seen));
    }
  }

  /**
   * A problem message without the names and text it quotes: an unquoted value that starts with
   * '*', '&' or '!' (a generated cookie, say) is read as an alias, anchor or tag, and must not be
   * echoed. Quoted text longer than one character goes too; token kinds ({@code '<scalar>'})
   * stay. The message is cut to its first line and a bounded length first.
   */
  static String redact(String problem) {
    String p = firstLine(problem);
    p = p.length() > MAX_MESSAGE ? p.substring(0, MAX_MESSAGE) : p;
    return QUOTED.matcher(NAMED.matcher(p).replaceAll("$1")).replaceAll("'…'");
  }

  private static long weight(String chunk, Seen nodes) {
    return 2L * chunk.length() + (long) NODE_BYTES * nodes.size();
  }

  /**
   * The nodes converted so far. Only an alias ({@code *name}) makes the composer hand out one
   * node twice, so for a document without a {@code *} converted nodes are only counted; with
   * one, each node's conversion is kept (by identity) and reused.
   */
  private static final class Seen {
    private final Map<Node, YNode> nodes;
    private int count;

    Seen(boolean aliases) {
      nodes = aliases ? new IdentityHashMap<>() : null;
    }

    YNode get(Node n) {
      return nodes == null ? null : nodes.get(n);
    }

    void put(Node n, YNode converted) {
      if (nodes == null) {
        count++;
      } else {
        nodes.put(n, converted);
      }
    }

    int size() {
      return nodes == null ? count : nodes.size();
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static YNode convert(Node n, CodePoints cps, Seen seen, int depth) {
    YNode done = seen.get(n);
    if (done != null) {
      return done;
    }
    int start = cps.toChar(n.getStartMark().getIndex());
    int end = cps.toChar(n.getEndMark().getIndex());
    YNode out;
    if (depth > MAX_DEPTH) {
      out = new YScalar("", start, end, true, null);
    } else if (n instanceof ScalarNode s) {
      boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      out = new YScalar(s.getValue(), start, end, plain, null);
    } else if (n instanceof SequenceNode s) {
      List<YNode> items = new ArrayList<>(s.getValue().size());
      for (Node item : s.getValue()) {
        items.add(convert(item, cps, seen, depth + 1));
      }
      out = new YSeq(List.copyOf(items), start, end);
    } else if (n instanceof MappingNode m) {
      List<YMap.Entry> entries = new ArrayList<>(m.getValue().size());
      for (NodeTuple t : m.getValue()) {
        YNode k = convert(t.getKeyNode(), cps, seen, depth + 1);
        if (k instanceof YScalar ks) {
          entries.add(new YMap.Entry(ks, convert(t.getValueNode(), cps, seen, depth + 1)));
        }
      }
      out = new YMap(List.copyOf(entries), start, end);
    } else {
      out = new YScalar("", start, end, true, null);
    }
    seen.put(n, out);
    return out;
  }

  /** Maps snakeyaml's code-point indices to UTF-16 offsets (identity without astral chars). */
  static final class CodePoints {
    private final int[] charIndex;
    private final int length;

    CodePoints(String s) {
      this.length = s.length();
      // as many code points as chars: no surrogate pair (answered at once for Latin-1 text)
      int count = s.codePointCount(0, s.length());
      if (count == s.length()) {
        charIndex = null;
        return;
      }
      charIndex = new int[count + 1];
      int ci = 0;
      int i = 0;
      while (i < s.length()) {
        charIndex[ci++] = i;
        i += Character.charCount(s.codePointAt(i));
      }
      charIndex[ci] = s.length();
    }

    int toChar(int cpIndex) {
      if (charIndex == null) {
        return Math.max(0, Math.min(cpIndex, length));
      }
      return charIndex[Math.max(0, Math.min(cpIndex, charIndex.length - 1))];
    }
  }
}

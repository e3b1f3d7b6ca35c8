package dev.distlint.rules;

import dev.distlint.base.FileKind;
import dev.distlint.base.Fix;
import dev.distlint.base.Severity;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.NearestFile;
import dev.distlint.facts.keys.KeyLists;
import dev.distlint.facts.keys.KeyLists.KeyList;
import dev.distlint.facts.oban.Versions;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.NotKey;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExPair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule made of its doc alone: every key written in a list that one of the doc's grammar
 * contexts ({@code grammar:} in the front matter) describes must be a key of that context. An
 * unknown key is reported with one message style, the closest known key ("did you mean") and a
 * rename fix; with {@code deprecated: true} the doc also asks for keys the grammar marks
 * deprecated or renamed, as information. Only closed contexts are checked, and of those:
 * <ul>
 *   <li>not a list that one of the context's {@code opened_by} keys hands to another module;</li>
 *   <li>not the lists of a project whose {@code mix.lock} locks the library at a release newer
 *       than the one its grammar was checked against, which may read keys the grammar lacks.</li>
 * </ul>
 */
public final class GrammarKeyRule implements Rule {
  private final String id;
  private final RuleDoc doc;
  private final boolean deprecated;
  /**
   * The contexts, resolved against the grammars on first use: loading the grammars is the larger
   * part of loading the rules, and a workspace without Elixir files never needs them.
   */
  private volatile Set<String> contexts;

  private GrammarKeyRule(RuleDoc doc) {
    this.id = doc.id();
    this.doc = doc;
    this.deprecated = doc.grammar().deprecated();
  }

  /** The rule that the doc of {@code id} describes; the doc must have {@code grammar:}. */
  public static GrammarKeyRule of(String id) {
    RuleDoc doc = RuleDocs.get(id);
    if (doc.grammar() == null) {
      throw new IllegalStateException("rule doc " + id + " has no grammar: to build a rule from");
    }
    return new GrammarKeyRule(doc);
  }

  @Override
  public String id() {
    return id;
  }

  /** The closed contexts the rule checks, as {@code dialect/context}. */
  public Set<String> contexts() {
    Set<String> c = contexts;
    if (c == null) {
      c = Set.copyOf(resolve(doc));
      contexts = c;
    }
    return c;
  }

  /**
   * The closed contexts a doc names, as {@code dialect/context}. A reference that matches no
   * context, or names an open one exactly, is an error in the doc.
   */
  private static List<String> resolve(RuleDoc doc) {
    Set<String> out = new LinkedHashSet<>();
    for (String ref : doc.grammar().contexts()) {
      String dialect = ref.substring(0, ref.indexOf('/'));
      String pattern = ref.substring(ref.indexOf('/') + 1);
      boolean prefix = pattern.endsWith("*");
      String stem = prefix ? pattern.substring(0, pattern.length() - 1) : pattern;
      List<Context> matched = Grammars.load().dialect(dialect).map(Dialect::contexts)
          .orElse(List.of()).stream()
          .filter(c -> prefix ? c.id().startsWith(stem) : c.id().equals(stem)).toList();
      if (matched.isEmpty() || (!prefix && !matched.get(0).closed())) {
        throw new IllegalStateException("rule doc " + doc.id() + ": " + ref
            + (matched.isEmpty() ? " matches no grammar context" : " is an open context"));
      }
      matched.stream().filter(Context::closed).forEach(c -> out.add(c.ref()));
    }
    return new ArrayList<>(out);
  }

  @Override
  public void check(RuleContext ctx) {
    for (KeyList list : KeyLists.of(ctx.file())) {
      Context c = list.context();
      if (!contexts().contains(c.ref()) || opened(ctx, list) || lockedNewer(ctx, c)) {
        continue;
      }
      for (ExPair p : list.pairs()) {
        if (p.keyName() != null) {
          judge(ctx, list, p);
        }
      }
    }
  }

  /** Whether an {@code opened_by} key of the list's context is written with another value. */
  private static boolean opened(RuleContext ctx, KeyList list) {
    Context c = list.context();
    return list.pairs().stream().anyMatch(p -> c.openedBy().contains(p.keyName())
        && !ctx.file().slice(p.value().range()).strip()
            .equals(c.key(p.keyName()).map(KeySpec::defaultValue).orElse("")));
  }

  /**
   * Whether the file's project locks the context's library at a release newer than the version
   * its grammar describes. A context of another package than its dialect's has no such version.
   */
  private static boolean lockedNewer(RuleContext ctx, Context c) {
    Optional<Dialect> d = Grammars.load().dialect(c.dialect());
    String described = d.map(Dialect::version).orElse(null);
    if (described == null || !Objects.equals(d.get().packageName(), c.packageName())) {
      return false;
    }
    ParsedFile lock = NearestFile.of(ctx.workspace(), FileKind.MIX_LOCK, ctx.file().path());
    return lock != null && lock.view(ElixirViews.LOCK).version(c.packageName())
        .filter(Versions::isRelease).map(v -> Versions.compare(v, described) > 0).orElse(false);
  }

  private void judge(RuleContext ctx, KeyList list, ExPair p) {
    Context c = list.context();
    String key = p.keyName();
    String in = list.where().isEmpty() ? "" : " in " + list.where();
    Optional<KeySpec> spec = c.key(key);
    if (spec.isPresent()) {
      if (deprecated && spec.get().deprecated()) {
        reportDeprecated(ctx, list, p, spec.get(), in);
      }
      return;
    }
    // A name the grammar knows to be wrong is explained by its reason, and renamed only to the
    // replacement it names; any other name gets the closest known key.
    Optional<NotKey> not = c.notKey(key);
    Optional<String> guess = not.isPresent()
        ? not.map(NotKey::useInstead).filter(c.keyNames()::contains)
        : Grammars.load().didYouMean(key, c.keyNames());
    String msg = list.owner() + " does not read '" + key + "'" + in
        + (c.unknownKeysRaise() ? "; it refuses to start with it" : "; the key is ignored")
        + guess.map(s -> ". Did you mean '" + s + "'?").orElse(".")
        + not.map(n -> " " + n.reason().strip()).orElse("");
    RuleContext.Report r = ctx.at(p.keyRange(), msg);
    guess.flatMap(s -> rename(ctx, p, s, false)).ifPresent(r::fix);
    r.emit();
  }

  private static void reportDeprecated(RuleContext ctx, KeyList list, ExPair p, KeySpec spec,
      String in) {
    String renamed = spec.renamedTo();
    String note = spec.deprecationNote() == null ? "" : " " + spec.deprecationNote().strip();
    String msg = renamed != null
        ? "'" + spec.name() + "'" + in + " is the old name of '" + renamed + "'; "
            + list.owner() + " still accepts it."
        : "'" + spec.name() + "'" + in + " is deprecated." + note;
    RuleContext.Report r = ctx.at(p.keyRange(), msg).severity(Severity.INFO);
    if (renamed != null) {
      // Renaming is exact only when the new key takes the same kind of value.
      boolean sameType = list.context().key(renamed).map(k -> k.types().equals(spec.types()))
          .orElse(false);
      rename(ctx, p, renamed, sameType).ifPresent(r::fix);
    }
    r.emit();
  }

  /** Renames a key written {@code key:} or {@code :key}; other spellings get no fix. */
  private static Optional<Fix> rename(RuleContext ctx, ExPair p, String to, boolean safe) {
    String written = ctx.file().slice(p.keyRange());
    String text = written.equals(p.keyName()) ? to
        : written.equals(":" + p.keyName()) ? ":" + to : null;
    return Optional.ofNullable(text).map(t -> new Fix("Rename to '" + to + "'",
        List.of(new Fix.FileEdit(ctx.file().path(), p.keyRange(), t)), safe));
  }
}

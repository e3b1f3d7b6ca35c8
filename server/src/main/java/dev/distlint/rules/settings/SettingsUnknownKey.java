package dev.distlint.rules.settings;

import dev.distlint.knowledge.Grammars;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.ParseProblem;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.settings.SettingsReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reports unknown keys, rule ids and values in a {@code .distlint.yaml} file. */
public final class SettingsUnknownKey implements Rule {
  private final Predicate<String> knownRule;
  private final Supplier<Collection<String>> ruleIds;

  /** {@code ruleIds} is read only when a file is checked, after the rule list is built. */
  public SettingsUnknownKey(Predicate<String> knownRule, Supplier<Collection<String>> ruleIds) {
    this.knownRule = knownRule;
    this.ruleIds = ruleIds;
  }

  @Override
  public String id() {
    return "settings-unknown-key";
  }

  @Override
  public void check(RuleContext ctx) {
    var settings = SettingsReader.fromYaml(ctx.file().view(YamlView.YAML), knownRule);
    for (ParseProblem p : settings.problems()) {
      var r = ctx.at(p.range(), p.message());
      String written = ctx.file().slice(p.range());
      if (written.matches("[a-z0-9-]+") && !knownRule.test(written)) {
        List<String> ids = new ArrayList<>(ruleIds.get());
        Collections.sort(ids);
        Grammars.load().didYouMean(written, ids).ifPresent(id -> r.fix(new Fix("Rename to '" + id
            + "'", List.of(new Fix.FileEdit(ctx.file().path(), p.range(), id)), true)));
      }
      r.emit();
    }
  }
}
